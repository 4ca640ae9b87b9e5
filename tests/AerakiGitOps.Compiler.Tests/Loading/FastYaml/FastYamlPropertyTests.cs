using FsCheck;
using FsCheck.Fluent;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>
/// Random block YAML (see <see cref="RandomBlockYaml"/>), as written and with one character changed: the
/// fast path and YamlDotNet agree on every text the fast path accepts. Replayed from a fixed FsCheck seed.
/// </summary>
public sealed class FastYamlPropertyTests
{
    private const ulong Seed = 0x5EED_0000_FA57_0001;
    private const ulong Gamma = 0x9E37_79B9_7F4A_7C15;

    // Characters that matter to YAML's syntax, for the mutations.
    private const string Significant = " \n\r\t:-#'\"[]{},&*!|>?%@.x0";

    [Fact]
    public void Random_block_yaml_is_read_as_YamlDotNet_reads_it()
    {
        var accepted = 0;
        var runs = 0;
        Check.One(Config(600), Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            runs++;
            if (BothReaders.AgreeOrDecline(new RandomBlockYaml(new Random(seed)).Stream()))
            {
                accepted++;
            }
        }));

        // Declines come from the rare duplicate keys and odd scalars the writer puts in on purpose.
        Assert.True(accepted > runs * 3 / 4, $"the fast path read only {accepted} of {runs} random texts");
    }

    [Fact]
    public void Random_block_yaml_with_one_character_changed_is_read_as_YamlDotNet_reads_it_or_declined()
    {
        var accepted = 0;
        var runs = 0;
        Check.One(Config(1500), Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var text = new RandomBlockYaml(random).Stream();
            var at = random.Next(text.Length + 1);
            var character = Significant[random.Next(Significant.Length)];
            text = random.Next(3) switch
            {
                0 when at < text.Length => text.Remove(at, 1),
                1 when at < text.Length => text.Remove(at, 1).Insert(at, character.ToString()),
                _ => text.Insert(at, character.ToString()),
            };

            runs++;
            if (BothReaders.AgreeOrDecline(text))
            {
                accepted++;
            }
        }));

        Assert.True(accepted > runs / 4, $"the fast path read only {accepted} of {runs} mutated texts: the property says little");
    }

    private static Config Config(int tests) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(Seed, Gamma).WithQuietOnSuccess(true);
}
