namespace CapitalNetwork.NetworkText;

/// <summary>Opening a network file by path with a <see cref="NetworkFormatException"/> naming it when that fails.</summary>
internal static class NetworkFiles
{
    public static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new NetworkFormatException(path, $"cannot open the file: {e.Message}", null, e);
        }
    }
}
