
namespace CapitalNetwork.Cli.Commands;

/// <summary>The error handling shared by the commands that read an input and write a file: an unusable input, a bad
/// argument or an unwritable output exits with <see cref="CapnetApp.UnusableInput"/>, each with one line on stderr that
/// names the problem (and the output file when it could not be written).</summary>
internal static class CommandGuard
{
    public static int Run(TextWriter stderr, string outPath, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is FilingsFormatException or GexfFormatException or GraphMLFormatException or NetworkFormatException)
        {
            stderr.WriteLine($"capnet: {e.Message}");
            return CapnetApp.UnusableInput;
        }
        catch (Exception e) when (e is ArgumentException or UsageException)
        {
            stderr.WriteLine($"capnet: {e.Message}");
            return CapnetApp.UnusableInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"capnet: cannot write {outPath}: {Reason(outPath, e)}");
            return CapnetApp.UnusableInput;
        }
    }

    /// <summary>Why a file could not be written, in the user's terms (not the temporary file's name).</summary>
    internal static string Reason(string outPath, Exception e)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
        return e switch
        {
            _ when Directory.Exists(outPath) => "it is a folder",
            DirectoryNotFoundException when folder is not null && !Directory.Exists(folder) => $"the folder {folder} does not exist",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message,
        };
    }
}
