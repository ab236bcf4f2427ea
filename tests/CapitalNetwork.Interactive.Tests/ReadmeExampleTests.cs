using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CapitalNetwork.Interactive.Tests;

/// <summary>The README's C# examples compile against the library as a user's program would (top-level statements, the
/// SDK's implicit usings), and each needs at most two <c>using CapitalNetwork…</c> directives.</summary>
public partial class ReadmeExampleTests
{
    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    public static TheoryData<int> Blocks()
    {
        var data = new TheoryData<int>();
        var count = CSharpBlock().Matches(File.ReadAllText(Repo.PathOf("README.md"))).Count;
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }

    [Fact]
    public void The_readme_has_a_csharp_example() => Assert.NotEmpty(Blocks());

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Readme_csharp_example_compiles(int index)
    {
        var code = CSharpBlock().Matches(File.ReadAllText(Repo.PathOf("README.md")))[index].Groups[1].Value;
        Assert.InRange(Regex.Matches(code, @"^using CapitalNetwork[\w.]*;", RegexOptions.Multiline).Count, 1, 2);
        // The implicit usings of Microsoft.NET.Sdk (what `dotnet new console` and file-based apps get).
        const string implicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; " +
                                      "global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        var references = platform.Append(typeof(FlowNetwork).Assembly.Location).Append(typeof(HtmlViews).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("ReadmeExample",
            [CSharpSyntaxTree.ParseText(implicitUsings), CSharpSyntaxTree.ParseText(code, path: "README.md")],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }
}
