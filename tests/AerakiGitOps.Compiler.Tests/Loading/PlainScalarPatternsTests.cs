using System.Text.RegularExpressions;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Loading;

/// <summary>
/// The hand-written scans accept exactly what the regular expressions they replaced match: every string up to three
/// characters over an alphabet of the characters the patterns treat specially, every word a pattern names and its
/// one-character neighbours, every UTF-16 code unit alone and at either end of a word, and seeded random strings.
/// </summary>
public sealed partial class PlainScalarPatternsTests
{
    private const string Alphabet = "01789+-.eExXoObB_:nNaAiIfFyYst #\t\r\n\"'!,[]{}&*|>%@`?\u00a0\u2028\u0085~";

    public static TheoryData<string> Patterns => ["int", "float", "yaml11", "safe-plain"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_short_string_over_the_special_characters_gets_the_patterns_answer(string pattern)
    {
        var (scan, regex) = Pair(pattern);
        foreach (var value in Strings(Alphabet, 3))
        {
            Agrees(pattern, scan, regex, value);
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_code_unit_alone_and_at_either_end_gets_the_patterns_answer(string pattern)
    {
        var (scan, regex) = Pair(pattern);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var value in new[] { ((char)c).ToString(), $"a{(char)c}", $"{(char)c}a", $"1{(char)c}", $"{(char)c}\n" })
            {
                Agrees(pattern, scan, regex, value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_word_a_pattern_names_and_its_neighbours_get_the_patterns_answer(string pattern)
    {
        var (scan, regex) = Pair(pattern);
        string[] words = [".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "0o7", "0x1f", "1e5", "1.5E+3", "1:30"];
        foreach (var word in words)
        {
            var neighbours = Alphabet.SelectMany(c => new[] { c + word, word + c, word[..^1] + c, c + word[1..] }).Append(word).Append(word[..^1]).Append(word[1..]);
            foreach (var value in neighbours)
            {
                Agrees(pattern, scan, regex, value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Seeded_random_strings_get_the_patterns_answer(string pattern)
    {
        var (scan, regex) = Pair(pattern);
        var random = new Random(20261202);
        for (var i = 0; i < 200_000; i++)
        {
            var value = new string([.. Enumerable.Range(0, random.Next(13)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            Agrees(pattern, scan, regex, value);
        }
    }

    [Theory]
    [InlineData("42", true, true)]
    [InlineData("-0", true, true)]
    [InlineData("0o17", true, false)]
    [InlineData("0x1F", true, false)]
    [InlineData("0x", false, false)]
    [InlineData("1.5e-3", false, true)]
    [InlineData(".5", false, true)]
    [InlineData("5.", false, true)]
    [InlineData(".", false, false)]
    [InlineData("-.inf", false, true)]
    [InlineData(".NaN", false, true)]
    [InlineData("-.nan", false, false)]
    [InlineData("1e", false, false)]
    [InlineData("12\n", true, true)]
    public void Core_schema_numbers_match_as_yaml_1_2_says_ints_matching_the_float_form_too(string value, bool isInt, bool isFloat)
    {
        Assert.Equal(isInt, PlainScalarPatterns.IsCoreInt(value));
        Assert.Equal(isFloat, PlainScalarPatterns.IsCoreFloat(value));
    }

    private static void Agrees(string pattern, Func<string, bool> scan, Regex regex, string value)
        => Assert.True(regex.IsMatch(value) == scan(value), $"{pattern} disagrees on \"{Regex.Escape(value)}\"");

    private static IEnumerable<string> Strings(string alphabet, int maxLength)
    {
        IEnumerable<string> level = [string.Empty];
        yield return string.Empty;
        for (var length = 1; length <= maxLength; length++)
        {
            level = [.. level.SelectMany(prefix => alphabet.Select(c => prefix + c))];
            foreach (var value in level)
            {
                yield return value;
            }
        }
    }

    private static (Func<string, bool> Scan, Regex Regex) Pair(string pattern) => pattern switch
    {
        "int" => (v => PlainScalarPatterns.IsCoreInt(v), IntPattern()),
        "float" => (v => PlainScalarPatterns.IsCoreFloat(v), FloatPattern()),
        "yaml11" => (v => PlainScalarPatterns.IsYaml11Special(v), Yaml11Special()),
        _ => (v => PlainScalarPatterns.IsSafePlain(v), SafePlain()),
    };

    // The patterns the scans replaced (ScalarResolver and CanonicalYamlWriter until 2026-12-02), kept as the reference.
    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+.]?[0-9][0-9a-fA-FxXoObB_.:+-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Special();

    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\t\r\n]*(?<!\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
