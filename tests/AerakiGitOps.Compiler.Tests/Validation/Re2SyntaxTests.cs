using AerakiGitOps.Compiler.Validation.Re2;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>The RE2 checker accepts RE2 syntax (including RE2-only forms .NET lacks) and rejects what RE2 lacks, naming the column.</summary>
public sealed class Re2SyntaxTests
{
    public static TheoryData<string> Accepted { get; } =
    [
        "sayHello",
        "^say(Hello|Bye)$",
        "org\\.apache\\..*",
        "a*?b+?c??",
        "x{2}y{1,}z{0,3}",
        "x{1000}",
        "a{,3}",
        "a{",
        "}",
        "(?P<method>say)\\w+",
        "(?<method>say)\\w+",
        "(?i)hello",
        "(?i:hello)world",
        "(?U)a+",
        "(?sm-i:a.b)",
        "\\pL\\p{Greek}\\p{^Lu}\\PN",
        "[[:alpha:][:^digit:]]+",
        "[]a]",
        "[^]a]",
        "[a-z-[aeiou]]",
        "[\\d-z]",
        "\\x41\\x{263A}\\x{10FFFF}",
        "\\101\\0\\12",
        "\\Qa.b*c\\E+",
        "\\Aabc\\z",
        "\\bword\\B",
        "\\C",
        "\\_\\-\\.\\*",
        "[\\t\\n\\-]",
        "(a|b|)",
        "^$",
        "(?:[a-z]{3}){10}",
        "(a{10}){100}b{1000}",
        "(?i:a)+",
    ];

    public static TheoryData<string, int> Rejected { get; } = new()
    {
        { "(a)\\1", 4 },
        { "(a)\\9", 4 },
        { "(?P<n>a)\\k<n>", 9 },
        { "(?P<n>a)(?P=n)", 9 },
        { "a(?=b)", 2 },
        { "a(?!b)", 2 },
        { "(?<=a)b", 1 },
        { "(?<!a)b", 1 },
        { "(?>ab)", 1 },
        { "a*+", 2 },
        { "a++", 2 },
        { "a?+", 2 },
        { "a{2}+", 2 },
        { "a**", 3 },
        { "a*?*", 4 },
        { "(?(1)a|b)", 1 },
        { "abc\\Z", 4 },
        { "\\Gabc", 1 },
        { "(?R)", 1 },
        { "(?1)", 1 },
        { "(?&name)", 1 },
        { "(?#comment)", 1 },
        { "(?|a|b)", 1 },
        { "(?'n'a)", 1 },
        { "(?x)a b", 3 },
        { "(?)", 1 },
        { "(?P<a>x)(?P<a>y)", 13 },
        { "(?P<>x)", 5 },
        { "a{1001}", 2 },
        { "a{3,2}", 2 },
        { "\\p{Klingon}", 1 },
        { "[[:alpah:]]", 2 },
        { "[\\b]", 2 },
        { "\\e", 1 },
        { "\\u0041", 1 },
        { "\\x{110000}", 1 },
        { "\\xZZ", 1 },
        { "abc\\", 4 },
        { "(abc", 4 },
        { "abc)", 4 },
        { "[abc", 1 },
        { "[z-a]", 4 },
        { "*a", 1 },
        { "(a{1000}){2}", 10 },
        { "((a{10}){10}){11}", 14 },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void ValidRe2PatternIsAccepted(string pattern)
        => Assert.Null(Re2Syntax.Check(pattern));

    [Theory]
    [MemberData(nameof(Rejected))]
    public void InvalidRe2PatternIsRejectedAtItsColumn(string pattern, int column)
    {
        var error = Re2Syntax.Check(pattern);
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(column, error.Column);
    }
}
