using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CapitalNetwork.Tests;

/// <summary>House rules from docs/DESIGN.md that the compiler does not check.</summary>
public partial class DesignTests
{
    private static readonly Assembly Library = typeof(FlowNetwork).Assembly;

    [Fact]
    public void Public_types_have_no_public_setters_except_init_and_the_builder()
    {
        var offenders = Library.GetExportedTypes()
            .Where(t => t != typeof(FlowNetworkBuilder))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } set &&
                            !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }

    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CapitalNetwork.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CapitalNetwork.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The C# files of the repository (build output left out), relative to its root with '/' separators.</summary>
    private static IEnumerable<string> SourceFiles(string under) =>
        Directory.EnumerateFiles(Path.Combine(Root, under), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !Regex.IsMatch(f, "/(bin|obj)/"))
            .Order(StringComparer.Ordinal);

    /// <summary>The projects under src/ with their root namespace.</summary>
    public static TheoryData<string> Projects() => new(Directory.EnumerateDirectories(Path.Combine(Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string RootNamespace(string project)
    {
        var csproj = File.ReadAllText(Path.Combine(Root, "src", project, project + ".csproj"));
        var m = Regex.Match(csproj, "<RootNamespace>([^<]+)</RootNamespace>");
        return m.Success ? m.Groups[1].Value : project;
    }

    [GeneratedRegex(@"^namespace ([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();

    [GeneratedRegex(@"^(?:public|internal|file)?\s*(?:(?:static|sealed|abstract|readonly|partial|ref|unsafe)\s+)*(?:class|struct|record(?:\s+struct|\s+class)?|enum|interface|delegate\s+\S+)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_source_file_declares_the_namespace_of_its_folder(string project)
    {
        // namespace = folder: the project's root namespace plus the folder path (docs/DESIGN.md, Layout).
        var rootNs = RootNamespace(project);
        Assert.Equal(project, rootNs); // the project folder names the root namespace too
        var wrong = new List<string>();
        foreach (var file in SourceFiles(Path.Combine("src", project)))
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            var m = FileScopedNamespace().Match(text);
            if (!m.Success)
            {
                if (Path.GetFileName(file) != "Program.cs") wrong.Add($"{file}: no file-scoped namespace");
                continue;
            }
            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/')["src/".Length..];
            var rel = folder.Length == project.Length ? "" : folder[(project.Length + 1)..];
            var expected = rel.Length == 0 ? rootNs : rootNs + "." + rel.Replace('/', '.');
            if (m.Groups[1].Value != expected) wrong.Add($"{file}: namespace {m.Groups[1].Value}, folder says {expected}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void No_folder_is_named_Internals()
    {
        var drawers = Directory.EnumerateDirectories(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(d => string.Equals(Path.GetFileName(d), "Internals", StringComparison.OrdinalIgnoreCase))
            .Select(d => Path.GetRelativePath(Root, d)).ToList();
        Assert.Empty(drawers);
    }

    [Fact]
    public void No_type_carries_its_namespace_name()
    {
        // `class Centrality` in namespace ….Centrality forced aliases everywhere; a type may not repeat its namespace's last segment.
        var clashes = new List<string>();
        foreach (var file in SourceFiles("src"))
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            var ns = FileScopedNamespace().Match(text);
            if (!ns.Success) continue;
            var last = ns.Groups[1].Value.Split('.')[^1];
            clashes.AddRange(TopLevelType().Matches(text).Where(t => t.Groups[1].Value == last).Select(t => $"{file}: {t.Groups[1].Value}"));
        }
        Assert.Empty(clashes);
        Assert.DoesNotContain(Library.GetTypes(), t => t.Namespace is { } n && n.Split('.')[^1] == t.Name);
        Assert.DoesNotContain(Library.GetTypes(), t => t.Namespace is { } n && n.Split('.').Contains("Internals"));
    }

    [Fact]
    public void No_using_alias_anywhere_in_the_repository()
    {
        var aliases = new[] { "src", "tests", "benchmarks", "fuzz", "tools", "examples" }
            .Where(d => Directory.Exists(Path.Combine(Root, d)))
            .SelectMany(SourceFiles)
            .SelectMany(f => File.ReadLines(Path.Combine(Root, f)).Where(l => Regex.IsMatch(l, @"^using [A-Za-z]* = ")).Select(l => $"{f}: {l}"))
            .ToList();
        Assert.Empty(aliases);
    }

    [Fact]
    public void The_public_vocabulary_is_two_namespaces()
    {
        // A study imports CapitalNetwork and CapitalNetwork.Measures and nothing else of the library (docs/DESIGN.md).
        var namespaces = Library.GetExportedTypes().Select(t => t.Namespace).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["CapitalNetwork", "CapitalNetwork.Measures"], namespaces);
    }

    [Theory]
    [InlineData("examples/walkthrough/walkthrough.cs")]
    [InlineData("examples/QuickStart/Program.cs")]
    [InlineData("examples/notebooks/walkthrough.ipynb")]
    public void A_whole_study_needs_at_most_two_library_usings(string path)
    {
        var text = File.ReadAllText(Path.Combine(Root, path));
        if (path.EndsWith(".ipynb", StringComparison.Ordinal))
        {
            using var nb = JsonDocument.Parse(text);
            text = string.Join("\n", nb.RootElement.GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("cell_type").GetString() == "code")
                .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(l => l.GetString()!.TrimEnd('\n'))));
        }
        var usings = Regex.Matches(text, @"^using (CapitalNetwork[\w.]*);", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.InRange(usings.Count, 1, 2);
    }
}
