using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace CapitalNetwork.Interactive.Tests;

/// <summary>
/// The notebooks and the file-based app as files: what CI's tools/notebooks/run.sh needs from them before it runs them
/// (kernel metadata dotnet-repl understands, the package version being packed, no #i, no saved outputs, prose between
/// the code). Running them is .ci/notebooks' job.
/// </summary>
public class ExamplesTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.PathOf("examples", "notebooks"), "*.ipynb").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void There_is_a_walkthrough_notebook() =>
        Assert.True(File.Exists(Repo.PathOf("examples", "notebooks", "walkthrough.ipynb")));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_is_a_csharp_polyglot_notebook_that_references_the_packed_version(string name)
    {
        var path = Repo.PathOf("examples", "notebooks", name);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("csharp", json.RootElement.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());

        var kernels = new KernelInfoCollection { new("csharp", "C#", ["c#", "C#", "cs"]), new("markdown", "Markdown", ["md"]) };
        kernels.DefaultKernelName = "csharp";
        var doc = Notebook.Parse(File.ReadAllText(path), kernels);
        var code = doc.Elements.Where(e => e.KernelName == "csharp").ToList();
        Assert.NotEmpty(code);
        Assert.All(doc.Elements, e => Assert.Contains(e.KernelName, new[] { "csharp", "markdown" }));
        Assert.All(doc.Elements, e => Assert.Empty(e.Outputs));   // saved without outputs
        Assert.Contains($"#r \"nuget: CapitalNetwork.Interactive, {Repo.PackageVersion}\"", code[0].Contents);
        Assert.DoesNotContain(code, e => Regex.IsMatch(e.Contents, @"^\s*#i\b", RegexOptions.Multiline));   // the feed comes from the runner
        for (var i = 1; i < doc.Elements.Count; i++)   // prose between the code: no two code cells in a row
            Assert.False(doc.Elements[i].KernelName == "csharp" && doc.Elements[i - 1].KernelName == "csharp",
                $"{name}: cells {i - 1} and {i} are both code; put Markdown between them");
    }

    [Fact]
    public void Walkthrough_notebook_covers_the_study_steps()
    {
        var text = File.ReadAllText(Repo.PathOf("examples", "notebooks", "walkthrough.ipynb"));
        foreach (var step in new[] { "CityNetwork.FromFilings", "RegionComparison.Of", "RollUp(RollUpLevel.Region)", "GexfWriter.Write",
                     "## 1. Build the network", "## 3. The four regions", "Concentration", "Polarization", "Core and periphery", "Gephi" })
            Assert.Contains(step, text);
    }

    [Fact]
    public void File_based_app_references_the_packed_version()
    {
        var lines = File.ReadAllLines(Repo.PathOf("examples", "walkthrough", "walkthrough.cs"));
        Assert.Contains($"#:package CapitalNetwork@{Repo.PackageVersion}", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("#:project", StringComparison.Ordinal));   // the package, as users get it
    }

    [Fact]
    public void Package_metadata_is_complete()
    {
        // The runner checks the packed files; this checks what people read on the package page.
        var props = System.Xml.Linq.XDocument.Load(Repo.PathOf("Directory.Build.props"));
        string? P(string name) => props.Descendants(name).Select(e => e.Value).FirstOrDefault();
        Assert.Equal("MIT", P("PackageLicenseExpression"));
        Assert.Equal("README.md", P("PackageReadmeFile"));
        Assert.Equal("snupkg", P("SymbolPackageFormat"));
        Assert.StartsWith(Repo.PackageVersion + ":", P("PackageReleaseNotes"));
        Assert.True(File.Exists(Repo.PathOf("LICENSE")));
        foreach (var project in new[] { "src/CapitalNetwork/CapitalNetwork.csproj", "src/CapitalNetwork.Interactive/CapitalNetwork.Interactive.csproj", "src/CapitalNetwork.Cli/CapitalNetwork.Cli.csproj" })
        {
            var csproj = System.Xml.Linq.XDocument.Load(Repo.PathOf(project.Split('/')));
            Assert.True(csproj.Descendants("Description").Single().Value.Length > 80, project);
            Assert.True(csproj.Descendants("PackageTags").Single().Value.Split(';').Length >= 5, project);
        }
    }
}
