using System.Text;

namespace CapitalNetwork.Files;

/// <summary>
/// Every file the library writes by path is written whole or not at all: into a new temporary file in the target's
/// folder (<c>NAME.xxxxxxxx.tmp</c>), flushed to disk, then renamed over the target (an atomic replace on one file
/// system), so a full disk, an exception in a writer or an interrupted run leaves the previous file as it was. On failure
/// the temporary file is deleted; only a process killed between creating and renaming it (SIGKILL, power loss) can
/// leave one behind, never a half-written target. A symbolic link as target is followed (the file it points to is
/// replaced, the link stays). The new file has the default permissions of a new file, not those of the one it replaces.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a file from a stream writer (which must leave the stream open).</summary>
    public static void Write(string path, Action<Stream> write) => WriteAll([(path, write)]);

    /// <summary>Writes a file of bytes.</summary>
    public static void Write(string path, byte[] bytes) => WriteAll([(path, s => s.Write(bytes))]);

    /// <summary>A writer of UTF-8 text without BOM (invariant <see cref="TextWriter.FormatProvider"/> is the caller's business).</summary>
    public static Action<Stream> Text(Action<TextWriter> write, bool byteOrderMark = false) => stream =>
    {
        using var w = new StreamWriter(stream, byteOrderMark ? new UTF8Encoding(true) : Utf8, 1 << 16, leaveOpen: true);
        write(w);
    };

    /// <summary>
    /// Writes several files: every temporary file is complete before the first rename, so a failure while writing
    /// leaves all targets as they were. <paramref name="wrap"/> puts a stream between each writer and its temporary
    /// file (tests inject failures with it).
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, Func<Stream, Stream>? wrap = null)
    {
        var targets = files.Select(f => Target(f.Path)).ToArray();
        var temps = new string?[files.Count];
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                temps[i] = TempPath(targets[i]);
                using var file = new FileStream(temps[i]!, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                var stream = wrap?.Invoke(file) ?? file;
                files[i].Write(stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }
            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temps[i]!, targets[i], overwrite: true);
                temps[i] = null;
            }
        }
        catch
        {
            foreach (var t in temps)
            {
                if (t is null) continue;
                try { File.Delete(t); }
                catch (IOException) { } // the original failure is the one to report
                catch (UnauthorizedAccessException) { }
            }
            throw;
        }
    }

    /// <summary>The full path to replace: the path itself, or the final target of a symbolic link.</summary>
    private static string Target(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final ? final.FullName : full;
    }

    /// <summary>A fresh name in the target's folder: the target's name, 8 random hex digits, <c>.tmp</c>.</summary>
    internal static string TempPath(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileName(target)}.{Guid.NewGuid().ToString("N")[..8]}.tmp");
}
