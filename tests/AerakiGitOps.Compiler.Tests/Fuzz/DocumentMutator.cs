using System.Text;

namespace AerakiGitOps.Compiler.Tests.Fuzz;

/// <summary>
/// Mutates a policy file the way people and tools break YAML: delete, duplicate or swap lines, replace a
/// scalar with a random string or number, truncate, change indentation, insert random bytes. Everything
/// comes from one <see cref="Random"/> seed, so a failing seed replays exactly.
/// </summary>
internal static class DocumentMutator
{
    private static readonly string[] Scalars = ["", "0", "-1", "65536", "3.5", "null", "~", "true", "'*'", "\"\"", "[]", "{}", "&a x", "*a", "!!binary x", "0x1F", "1e999", "v1", "- x", "a: b", "\"\\u0000\"", "ü", "😀", "'", "{", "]"];

    public static byte[] Mutate(byte[] content, Random random)
    {
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            content = random.Next(8) switch
            {
                0 => EditLines(content, random, (lines, at) => lines.RemoveAt(at)),
                1 => EditLines(content, random, (lines, at) => lines.Insert(at, lines[at])),
                2 => EditLines(content, random, (lines, at) => lines[at] = ReplaceScalar(lines[at], random)),
                3 => content[..random.Next(content.Length + 1)],
                4 => EditLines(content, random, (lines, at) => lines[at] = Reindent(lines[at], random)),
                5 => InsertBytes(content, random),
                6 => EditLines(content, random, (lines, at) => (lines[at], lines[^1]) = (lines[^1], lines[at])),
                _ => EditLines(content, random, (lines, at) => lines[at] = lines[at] + ": " + RandomText(random)),
            };
        }

        return content;
    }

    private static byte[] EditLines(byte[] content, Random random, Action<List<string>, int> edit)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n').ToList();
        if (lines.Count > 0)
        {
            edit(lines, random.Next(lines.Count));
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string ReplaceScalar(string line, Random random)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var value = random.Next(3) switch
        {
            0 => Scalars[random.Next(Scalars.Length)],
            1 => random.Next(-100_000, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => RandomText(random),
        };
        return colon < 0 ? line + value : line[..(colon + 2)] + value;
    }

    private static string Reindent(string line, Random random)
    {
        var trimmed = line.TrimStart();
        return random.Next(3) switch
        {
            0 => new string(' ', random.Next(12)) + trimmed,
            1 => "\t" + trimmed,
            _ => trimmed,
        };
    }

    private static byte[] InsertBytes(byte[] content, Random random)
    {
        var noise = new byte[random.Next(1, 8)];
        random.NextBytes(noise);
        var at = random.Next(content.Length + 1);
        return [.. content[..at], .. noise, .. content[at..]];
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "abcxyz-_.:/*[]{}#&!|>%@`'\" 0123456789";
        var text = new char[random.Next(1, 16)];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(text);
    }
}
