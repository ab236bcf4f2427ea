
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
        catch (Exception e) when (e is FilingsFormatException or GexfFormatException)
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
            stderr.WriteLine($"capnet: cannot write {outPath}: {e.Message}");
            return CapnetApp.UnusableInput;
        }
    }
}
