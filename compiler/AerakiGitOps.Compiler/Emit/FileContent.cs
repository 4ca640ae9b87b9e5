namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Whether a file on disk holds exactly some bytes, read through one reused buffer per thread. Re-rendering into an
/// existing output folder compares every file (46,000 at 10,000 services): reading each into a new array allocated
/// as much as the whole output and was most of the write step.
/// </summary>
internal static class FileContent
{
    private const int BufferSize = 64 * 1024;

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>True when <paramref name="path"/> is a file whose bytes are <paramref name="expected"/>; throws as opening it would.</summary>
    public static bool Matches(string path, ReadOnlySpan<byte> expected)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(handle) != expected.Length)
        {
            return false;
        }

        var buffer = t_buffer ??= new byte[BufferSize];
        var offset = 0;
        while (offset < expected.Length)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, expected.Length - offset)), offset);
            if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(expected.Slice(offset, read)))
            {
                return false; // shorter than it said, or different
            }

            offset += read;
        }

        // Longer than it said (written to since its length was read).
        return RandomAccess.Read(handle, buffer.AsSpan(0, 1), offset) == 0;
    }
}
