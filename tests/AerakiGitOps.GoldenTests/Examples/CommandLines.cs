using System.Text;
using System.Text.RegularExpressions;

namespace AerakiGitOps.GoldenTests.Examples;

/// <summary>
/// Finds the `aeraki-gitops ...` invocations in shell scripts (workflow and action `run:` blocks) and
/// splits them into arguments the way bash would, with every expansion (`$VAR`, `${{ ... }}`) replaced
/// by a placeholder path, and so is every relative path (`.`, `./x`), so running a found command line
/// can never touch the working folder's repository. Redirections, pipes and `||`/`&amp;&amp;` tails are cut off.
/// </summary>
internal static partial class CommandLines
{
    /// <summary>What every expansion becomes: an absolute path that does not exist, so a command run with it reads and writes nothing.</summary>
    public static readonly string Placeholder = Path.Combine(Path.GetTempPath(), "aeraki-gitops-placeholder-does-not-exist");

    public static IEnumerable<string[]> In(string script)
    {
        var joined = script.Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var line in joined.Split('\n'))
        {
            foreach (Match match in Invocation().Matches(line))
            {
                yield return Split(Expansion().Replace(match.Groups["rest"].Value, Placeholder.Replace("$", "$$", StringComparison.Ordinal)));
            }
        }
    }

    private static string[] Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (c is '>' or '|' or '&' or ';' or '<' or '#')
            {
                Flush();
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Flush();
        return [.. words.Select(w => w == "." || w == ".." || w.StartsWith("./", StringComparison.Ordinal) || w.StartsWith("../", StringComparison.Ordinal) ? Placeholder : w)];

        void Flush()
        {
            if (inWord)
            {
                words.Add(word.ToString());
            }

            word.Clear();
            inWord = false;
        }
    }

    [GeneratedRegex(@"(?:^|[\s;&|(])aeraki-gitops(?<rest>\s.*)$")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"\$\{\{[^}]*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?")]
    private static partial Regex Expansion();
}
