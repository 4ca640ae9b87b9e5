namespace AerakiGitOps.GoldenTests;

/// <summary>Every folder under TestData is a case: its output must equal expected/ byte for byte.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() => [.. GoldenCase.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_output_matches_the_expected_files(string name)
    {
        var golden = new GoldenCase(name);
        var actual = GoldenRunner.Produce(golden);
        if (GoldenRunner.Updating)
        {
            GoldenRunner.WriteExpected(golden, actual);
            return;
        }

        var differences = GoldenRunner.Differences(GoldenRunner.ReadExpected(golden), actual);
        Assert.True(differences.Length == 0,
            $"golden case {name} differs from expected/ (set {GoldenRunner.UpdateVariable}=1 to regenerate, then review the diff):\n{differences}");
    }

    [Fact]
    public void Test_data_holds_cases_for_every_area()
    {
        var areas = GoldenCase.All().Select(c => c.Name.Split('/')[0]).Distinct().ToList();
        Assert.True(areas.Count >= 4, $"expected golden cases in at least 4 areas, found: {string.Join(", ", areas)}");
    }
}
