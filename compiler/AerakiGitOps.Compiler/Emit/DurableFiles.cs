using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Temporary sibling files made durable before they are renamed into place. On Linux, one syncfs(2) of the
/// output's file system after all files are staged replaces an fsync per file (which costs a journal
/// commit each: 46,000 of them at 10,000 services); elsewhere each file is flushed as it is written.
/// </summary>
public static class DurableFiles
{
    /// <summary>A random ".tmp-…-" suffix: a file name plus it plus a number names a temporary sibling no other writer picks.</summary>
    public static string TemporarySuffix() => $".tmp-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}-";

    /// <summary>Writes a new temporary file next to <paramref name="path"/> (creating its folder) and returns its path.</summary>
    public static string Stage(string path, ReadOnlySpan<byte> content, bool flushNow)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}{TemporarySuffix()}0";
        StageAs(temporary, content, flushNow);
        return temporary;
    }

    /// <summary>Writes <paramref name="content"/> to the new file <paramref name="temporary"/>, whose folder exists; removes it on failure.</summary>
    public static void StageAs(string temporary, ReadOnlySpan<byte> content, bool flushNow)
    {
        using var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None); // fails, deleting nothing, if the name is taken
        try
        {
            RandomAccess.Write(handle, content, 0);
            if (flushNow || !CanSyncFileSystem)
            {
                Flush(handle);
            }
        }
        catch
        {
            handle.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Makes every staged file durable: one sync of the file system that holds <paramref name="anyStaged"/> (any one of
    /// them; null when nothing was staged) on Linux, nothing more elsewhere (each was flushed when staged).
    /// </summary>
    public static void FlushStaged(string? anyStaged)
    {
        if (anyStaged is null || !CanSyncFileSystem)
        {
            return;
        }

        using var handle = File.OpenHandle(anyStaged, FileMode.Open, FileAccess.Read);
        if (syncfs((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"syncfs failed for '{Path.GetDirectoryName(anyStaged)}' (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>Writes a file atomically and durably on its own: stage, flush, rename.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var temporary = Stage(path, content, flushNow: true);
        Publish(temporary, path);
    }

    public static void Publish(string temporary, string path)
    {
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static bool CanSyncFileSystem => OperatingSystem.IsLinux();

    private static void Flush(SafeFileHandle handle)
    {
        using var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
        stream.Flush(flushToDisk: true);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int syncfs(int fd);
}
