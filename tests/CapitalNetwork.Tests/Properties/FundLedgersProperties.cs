using CapitalNetwork.Ingest;
using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// The ingest's compact per-fund ledgers (<see cref="FundLedgers"/>) answer exactly as the obvious sets do: a random
/// sequence of partner and flow records over a few funds (interleaved, so regions move; with up to 120 records a fund,
/// so funds pass the 64-slot scan limit and move to hash sets) gives, call by call, the answers of
/// <c>HashSet</c>s of (fund, partner hash) — top bit ignored, 0 counted as 1 —, (fund, source, target) and (fund, target).
/// </summary>
public class FundLedgersProperties
{
    private readonly record struct Op(int Fund, bool Partner, ulong Hash, int Source, int Target);

    private static readonly ulong[] Hashes =
        [0, 1, 2, 0x8000_0000_0000_0000UL, 0x8000_0000_0000_0001UL, 0x7FFF_FFFF_FFFF_FFFFUL, 0xFFFF_FFFF_FFFF_FFFFUL, 0x1_0000_0000UL, 0xFFFF_FFFFUL];

    private static readonly Gen<Op> OneOp =
        Gen.Select(Gen.Int[0, 5], Gen.Bool, Gen.Frequency((1, Gen.Int[0, Hashes.Length - 1].Select(i => Hashes[i])), (4, Gen.ULong[0, 200]), (1, Gen.ULong)),
                Gen.Int[0, 40], Gen.Int[0, 6])
            .Select((f, partner, h, s, t) => new Op(f, partner, h, s, t));

    [Fact]
    public void Ledgers_answer_as_sets_do()
    {
        OneOp.Array[0, 700].SampleSeeded(ops =>
        {
            var ledgers = new FundLedgers();
            var partners = new HashSet<(int, ulong)>();
            var edges = new HashSet<(int, int, int)>();
            var cities = new HashSet<(int, int)>();
            foreach (var op in ops)
            {
                if (op.Partner)
                {
                    var h = op.Hash & 0x7FFF_FFFF_FFFF_FFFFUL;
                    Assert.Equal(partners.Add((op.Fund, h == 0 ? 1 : h)), ledgers.AddPartner(op.Fund, op.Hash));
                }
                else
                {
                    var expected = (edges.Add((op.Fund, op.Source, op.Target)), cities.Add((op.Fund, op.Target)));
                    Assert.Equal(expected, ledgers.AddFlow(op.Fund, op.Source, op.Target));
                }
            }
        }, print: ops => string.Join(" ", ops.Select(o => o.Partner ? $"{o.Fund}:p{o.Hash:X}" : $"{o.Fund}:{o.Source}>{o.Target}")));
    }

    [Fact]
    public void A_fund_with_many_partners_moves_to_a_hash_set_and_stays_exact()
    {
        // By hand: 200 distinct partners then the same 200 again; 40 sources into one target.
        var ledgers = new FundLedgers();
        for (ulong p = 1; p <= 200; p++) Assert.True(ledgers.AddPartner(3, p * 0x9E3779B97F4A7C15UL));
        for (ulong p = 1; p <= 200; p++) Assert.False(ledgers.AddPartner(3, p * 0x9E3779B97F4A7C15UL));
        Assert.Equal((true, true), ledgers.AddFlow(3, 0, 7));
        for (var s = 1; s < 40; s++) Assert.Equal((true, false), ledgers.AddFlow(3, s, 7));
        Assert.Equal((false, false), ledgers.AddFlow(3, 5, 7));
        Assert.Equal(1, ledgers.BigFunds);
        // Another fund is unaffected.
        Assert.True(ledgers.AddPartner(4, 1 * 0x9E3779B97F4A7C15UL));
    }
}
