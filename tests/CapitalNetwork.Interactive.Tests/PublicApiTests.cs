using System.Reflection;
using System.Text;
using PublicApiGenerator;

namespace CapitalNetwork.Interactive.Tests;

/// <summary>
/// The public API of both packages is tracked in approved listings next to their projects
/// (<c>src/CapitalNetwork/PublicAPI.approved.txt</c>, <c>src/CapitalNetwork.Interactive/PublicAPI.approved.txt</c>),
/// rendered as C# declarations by PublicApiGenerator 11.5.4. A change to the public surface fails here with the
/// difference until the listing is re-approved, so it shows up in review as a diff of the listing. Re-approve with
/// <c>CAPNET_APPROVE_API=1 dotnet test tests/CapitalNetwork.Interactive.Tests --filter FullyQualifiedName~PublicApi</c>.
/// </summary>
public class PublicApiTests
{
    public const string ApproveCommand = "CAPNET_APPROVE_API=1 dotnet test tests/CapitalNetwork.Interactive.Tests --filter FullyQualifiedName~PublicApi";

    public static TheoryData<string, string> Packages => new()
    {
        { "CapitalNetwork", "src/CapitalNetwork/PublicAPI.approved.txt" },
        { "CapitalNetwork.Interactive", "src/CapitalNetwork.Interactive/PublicAPI.approved.txt" },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_API_matches_the_approved_listing(string assemblyName, string listing)
    {
        var assembly = assemblyName == "CapitalNetwork" ? typeof(FlowNetwork).Assembly : typeof(HtmlViews).Assembly;
        var actual = Render(assembly);
        var path = Repo.PathOf(listing.Split('/'));
        if (Environment.GetEnvironmentVariable("CAPNET_APPROVE_API") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"{listing} is missing; create it with: {ApproveCommand}");
        var approved = File.ReadAllText(path).Replace("\r\n", "\n");
        if (approved != actual)
            Assert.Fail($"The public API of {assemblyName} differs from {listing} (- approved, + now):\n{Diff(approved, actual)}\n" +
                        $"If the change is intended, re-approve it with: {ApproveCommand}");
    }

    [Fact]
    public void Rendering_is_stable_and_names_the_public_types()
    {
        var a = Render(typeof(HtmlViews).Assembly);
        Assert.Equal(a, Render(typeof(HtmlViews).Assembly));
        Assert.Contains("public static class HtmlViews", a);
        Assert.DoesNotContain("class RegionComparison", a);   // a result of the core library; the package only shows it
        Assert.DoesNotContain("class Html\n", a);   // internal helpers are not API
        var core = Render(typeof(FlowNetwork).Assembly);
        Assert.Contains("public static class CityNetwork", core);
        Assert.Contains("public sealed class RegionComparison", core);
    }

    /// <summary>The listing: public types and members as C#, without assembly-level attributes (they carry versions and
    /// InternalsVisibleTo, which are not API), with \n line ends and a final newline.</summary>
    internal static string Render(Assembly assembly)
    {
        var text = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        return text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }

    /// <summary>A line diff (longest common subsequence), printing only the changed lines with their line numbers.</summary>
    internal static string Diff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var sb = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) sb.Append("+ ").Append(y + 1).Append(": ").AppendLine(b[y++]);
            else sb.Append("- ").Append(x + 1).Append(": ").AppendLine(a[x++]);
        }
        return sb.ToString();
    }
}
