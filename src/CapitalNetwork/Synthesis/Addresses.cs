using System.Globalization;
using System.Text;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Synthesis;

/// <summary>The address styles of <see cref="SyntheticFilings"/>, as they appear in AMAC pages and registry exports.</summary>
internal enum PlaceStyle
{
    /// <summary>AMAC 注册地: province + prefecture + county, e.g. 浙江省宁波市北仑区.</summary>
    Amac,
    /// <summary>A full street address: 广东省深圳市南山区城东街道科技路18号.</summary>
    Street,
    /// <summary>The 省-市 form of investment databases: 广东-深圳, 北京-海淀区.</summary>
    Dash,
    /// <summary>The city's name alone: 深圳 or 深圳市.</summary>
    Short,
    /// <summary>A county-level city under its province, skipping the prefecture: 江苏省昆山市.</summary>
    CountyCity,
    /// <summary>Prefecture + county without the province: 苏州市吴中区.</summary>
    CityCounty,
    /// <summary>A hot spot's zone address: 浙江省宁波市北仑区梅山七星路88号, 苏州工业园区星湖街328号.</summary>
    Zone,
}

/// <summary>Writes place texts and credit codes for a <see cref="Atlas.City"/>.</summary>
internal static class Addresses
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A place text for <paramref name="city"/> in <paramref name="style"/>; styles the city cannot take fall back to <see cref="PlaceStyle.Amac"/>.</summary>
    public static string Place(ref Xoshiro256 rng, Atlas.City city, PlaceStyle style)
    {
        var node = city.Node;
        var county = city.Counties.Length > 0 ? city.Counties[rng.Next(city.Counties.Length)] : null;
        if (node.Level == DivisionLevel.SpecialAdministrativeRegion)
        {
            return style switch
            {
                PlaceStyle.Short => rng.Chance(0.8) ? city.Short : "中国" + city.Short,
                PlaceStyle.Street when county is not null => node.Name + county.Name + Fill(ref rng, "{road}{n}号{b}楼"),
                _ when county is not null && rng.Chance(0.5) => node.Name + county.Name,
                _ => node.Name,
            };
        }

        switch (style)
        {
            case PlaceStyle.Zone when city.Zones.Length > 0:
                return Fill(ref rng, city.Zones[rng.Next(city.Zones.Length)].Address);
            case PlaceStyle.Street:
                {
                    var sb = new StringBuilder(Amac(city, county));
                    if (rng.Chance(0.5)) sb.Append(rng.Pick(PartyNames.Streets));
                    sb.Append(rng.Pick(PartyNames.Roads)).Append(rng.Between(1, 999).ToString(CultureInfo.InvariantCulture)).Append('号');
                    if (rng.Chance(0.5)) sb.Append(rng.Between(1, 30).ToString(CultureInfo.InvariantCulture)).Append("幢")
                        .Append(rng.Between(101, 2999).ToString(CultureInfo.InvariantCulture)).Append('室');
                    return sb.ToString();
                }
            case PlaceStyle.Dash:
                if (city.IsProvinceLevel) return county is null ? city.Short : city.Short + "-" + county.Name;
                return city.ProvinceShort + "-" + city.Short;
            case PlaceStyle.Short:
                return rng.Chance(0.5) || !city.ShortIsUnique ? node.Name : city.Short;
            case PlaceStyle.CountyCity when node.Level == DivisionLevel.Prefecture:
                {
                    var cities = city.Counties.Where(k => k.Name.EndsWith('市')).ToArray();
                    if (cities.Length > 0) return city.Province.Name + cities[rng.Next(cities.Length)].Name;
                    break;
                }
            case PlaceStyle.CityCounty when node.Level == DivisionLevel.Prefecture && county is not null:
                return node.Name + county.Name;
        }
        return Amac(city, county);
    }

    /// <summary>AMAC form: 浙江省宁波市北仑区, 北京市海淀区, 湖北省仙桃市.</summary>
    public static string Amac(Atlas.City city, Division? county)
    {
        var node = city.Node;
        if (city.IsProvinceLevel) return node.Name + (county?.Name ?? "");
        if (node.Level == DivisionLevel.DirectCounty) return city.Province.Name + node.Name;
        return city.Province.Name + node.Name + (county?.Name ?? "");
    }

    /// <summary>Replaces {n}, {b}, {r} and {road} in a template.</summary>
    public static string Fill(ref Xoshiro256 rng, string template)
    {
        var sb = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{') { sb.Append(template[i]); continue; }
            var end = template.IndexOf('}', i);
            var key = template[(i + 1)..end];
            sb.Append(key switch
            {
                "n" => rng.Between(1, 999).ToString(CultureInfo.InvariantCulture),
                "b" => rng.Between(1, 30).ToString(CultureInfo.InvariantCulture),
                "r" => rng.Between(101, 2999).ToString(CultureInfo.InvariantCulture),
                "road" => rng.Pick(PartyNames.Roads),
                _ => throw new InvalidOperationException($"Unknown placeholder {{{key}}} in '{template}'."),
            });
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>
    /// A unified social credit code (GB 32100-2015) of a company registered with the market regulator of
    /// <paramref name="division"/>: <c>91</c> + the 6-digit division code + a 9-character organisation code (GB 11714,
    /// with its own mod-11 check character) + the mod-31 check character.
    /// </summary>
    public static string CreditCode(ref Xoshiro256 rng, int division)
    {
        Span<char> c = stackalloc char[18];
        c[0] = '9';
        c[1] = '1';
        division.TryFormat(c[2..8], out _, "D6", CultureInfo.InvariantCulture);
        // Organisation code: since 2015 mostly "MA" + six characters; older ones eight digits.
        var modern = rng.Chance(0.6);
        for (var i = 0; i < 8; i++)
        {
            c[8 + i] = modern && i < 2 ? "MA"[i]
                : modern && rng.Chance(0.3) ? CreditAlphabet[rng.Between(10, CreditAlphabet.Length - 1)]
                : (char)('0' + rng.Next(10));
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var ch = c[8 + i];
            sum += (ch <= '9' ? ch - '0' : ch - 'A' + 10) * OrganizationWeights[i];
        }
        var check = 11 - sum % 11;
        c[16] = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
        c[17] = CreditCheckCharacter(c[..17]);
        return new string(c);
    }

    /// <summary>The GB 32100-2015 check character of the first 17 characters: (31 − Σ vᵢwᵢ mod 31) mod 31.</summary>
    public static char CreditCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditAlphabet.IndexOf(first17[i]);
            if (v < 0) throw new ArgumentException($"'{first17[i]}' is not a credit-code character.", nameof(first17));
            sum += v * CreditWeights[i];
        }
        return CreditAlphabet[(31 - sum % 31) % 31];
    }
}
