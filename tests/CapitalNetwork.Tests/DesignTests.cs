using System.Reflection;

namespace CapitalNetwork.Tests;

/// <summary>House rules from docs/DESIGN.md that the compiler does not check.</summary>
public class DesignTests
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

    [Fact]
    public void Namespace_matches_folder()
    {
        // Every public type lives in CapitalNetwork.<Folder>[.<Sub>]: the namespace names the folder (checked against the source tree).
        var src = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "CapitalNetwork"));
        Assert.True(Directory.Exists(src), src);
        foreach (var t in Library.GetExportedTypes().Where(t => !t.IsNested))
        {
            var folder = Path.Combine([src, .. t.Namespace!.Split('.').Skip(1)]);
            var name = t.Name.Split('`')[0];
            var file = Path.Combine(folder, name + ".cs");
            Assert.True(File.Exists(file) || Directory.EnumerateFiles(folder, "*.cs").Any(f => File.ReadAllText(f).Contains($" {name}")),
                $"{t.FullName} is not in {folder}");
        }
    }
}
