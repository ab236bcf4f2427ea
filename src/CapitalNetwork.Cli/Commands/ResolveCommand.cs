using System.CommandLine;
using System.Text.Json;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet resolve [TEXT …]</c>: one line out per input (tab-separated).</summary>
internal static class ResolveCommand
{
    public static Command Create(TextWriter stdout, TextReader stdin)
    {
        var texts = new Argument<string[]>("TEXT") { Description = "Place texts or 18-character credit codes; read from stdin (one per line) when none are given.", Arity = ArgumentArity.ZeroOrMore };
        var acceptPrefix = new Option<bool>("--accept-short-name-prefix")
        {
            Description = "Take a text that rests only on a short name at its start, followed by something that is not an address "
                + "(平安银行 → 海东市, 东方财富 → 东方市), as that place; by default it is reported as 'uncertain' with the candidate.",
        };
        var cmd = new Command("resolve", "Resolve place texts to cities: prints 'input<TAB>code<TAB>name<TAB>method', or 'input<TAB>unresolved<TAB>reason_code: reason'.") { texts, acceptPrefix };
        cmd.SetAction(pr =>
        {
            var items = pr.GetValue(texts) ?? [];
            var resolver = pr.GetValue(acceptPrefix)
                ? PlaceResolver.Default.WithOptions(PlaceResolverOptions.Default with { AcceptShortNamePrefixes = true })
                : PlaceResolver.Default;
            IEnumerable<string> lines = items.Length > 0 ? items : ReadLines(stdin);
            var unresolved = 0;
            foreach (var line in lines)
            {
                var r = Resolve(resolver, line);
                if (r.IsResolved)
                    stdout.WriteLine($"{Clean(line)}\t{r.Node.Code:D6}\t{r.Node.Name}\t{JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Method.ToString())}");
                else
                {
                    unresolved++;
                    stdout.WriteLine($"{Clean(line)}\tunresolved\t{JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Failure.ToString())}: {r.Reason}");
                }
            }
            return 0;
        });
        return cmd;
    }

    private static PlaceResolution Resolve(PlaceResolver resolver, string text)
    {
        var t = text.Trim();
        return t.Length == 18 && t.All(char.IsAsciiLetterOrDigit) && char.IsAsciiDigit(t[2])
            ? resolver.ResolveCreditCode(t)
            : resolver.Resolve(t);
    }

    private static string Clean(string s) => s.Replace('\t', ' ').TrimEnd('\r');

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line;
    }
}
