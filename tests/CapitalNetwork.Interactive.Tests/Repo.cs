using System.Reflection;

namespace CapitalNetwork.Interactive.Tests;

/// <summary>Paths in the repository (found from the test binaries upwards) and the version being packed.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string SampleFilings => Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");

    /// <summary>The package version (the assemblies' informational version without the commit suffix), e.g. 0.1.0.</summary>
    public static string PackageVersion { get; } =
        typeof(HtmlViews).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CapitalNetwork.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CapitalNetwork.sln not found above " + AppContext.BaseDirectory);
    }
}
