using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class YamlCharactersTests
{
    private static readonly string LongAscii = string.Concat(Enumerable.Repeat("spec:\n  hosts: [a.b.svc]\r\n\t", 20));

    [Theory]
    [InlineData("")]
    [InlineData("apiVersion: v1\nkind: Service\n")]
    [InlineData("name: caf\u00e9 \U0001F600 \u0085 \u00a0 \ud7ff \ue000 \ufffd")]
    public void Text_of_allowed_characters_has_none_disallowed(string text)
    {
        Assert.Equal(-1, YamlCharacters.IndexOfDisallowed(text));
        Assert.Equal(-1, YamlCharacters.IndexOfDisallowed(LongAscii + text + LongAscii));
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0007')]
    [InlineData('\u001b')]
    [InlineData('\u007f')]
    [InlineData('\u0080')]
    [InlineData('\u009f')]
    [InlineData('\ufffe')]
    [InlineData('\uffff')]
    public void The_first_disallowed_character_is_found_wherever_it_is(char disallowed)
    {
        Assert.Equal(0, YamlCharacters.IndexOfDisallowed($"{disallowed}a"));
        Assert.Equal(LongAscii.Length, YamlCharacters.IndexOfDisallowed($"{LongAscii}{disallowed}{LongAscii}\u0000"));
        Assert.Equal(LongAscii.Length + 3, YamlCharacters.IndexOfDisallowed($"{LongAscii}\u00e9\u0085\u00a0{disallowed}"));
    }

    [Fact]
    public void Random_text_gives_the_index_a_character_by_character_check_gives()
    {
        var random = new Random(20261201);
        char[] alphabet = ['a', ' ', '\n', '\t', '\r', '~', '\u0085', '\u00e9', '\u4e2d', '\u0000', '\u0008', '\u007f', '\u0090', '\ufffe'];
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => random.Next(8) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x')]);
            Assert.Equal(Naive(text), YamlCharacters.IndexOfDisallowed(text));
        }
    }

    private static int Naive(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c is '\t' or '\n' or '\r' or '\u0085' || c is >= ' ' and <= '~' || c is >= '\u00a0' and <= '\ufffd';
            if (!allowed)
            {
                return i;
            }
        }

        return -1;
    }
}
