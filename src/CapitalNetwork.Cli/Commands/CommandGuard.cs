
namespace CapitalNetwork.Cli.Commands;

/// <summary>The error handling shared by the commands that read an input and write a file: an unusable input exits with
/// <see cref="CapnetApp.UnusableInput"/>, a bad argument or an unwritable output with 1, each with one line on stderr.</summary>
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
        catch (ArgumentException e)
        {
            stderr.WriteLine($"capnet: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"capnet: cannot write {outPath}: {e.Message}");
            return 1;
        }
    }
}
