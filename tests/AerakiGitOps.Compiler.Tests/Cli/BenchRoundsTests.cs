using AerakiGitOps.Cli.Benchmarking;

namespace AerakiGitOps.Compiler.Tests.Cli;

public sealed class BenchRoundsTests
{
    [Fact]
    public void Growth_is_the_median_of_each_rounds_ratio_per_service()
    {
        var rounds = new BenchRounds([1000, 5000]);
        rounds.Add([Row(1000, 100), Row(5000, 500)]);   // linear: 1.0
        rounds.Add([Row(1000, 200), Row(5000, 1200)]);  // the host slow for both: 1.2
        rounds.Add([Row(1000, 100), Row(5000, 1500)]);  // the larger render alone slow: 3.0

        Assert.Equal(1.2, rounds.Growth(1), precision: 9);
    }

    [Fact]
    public void A_pair_is_judged_within_its_round_not_against_another_rounds_render()
    {
        var rounds = new BenchRounds([100, 200]);
        rounds.Add([Row(100, 10), Row(200, 40)]);
        rounds.Add([Row(100, 40), Row(200, 80)]);

        // Medians of the sizes taken apart would give (10+40)/2 = 25 against (40+80)/2 = 60: 1.2 x linear.
        Assert.Equal(1.5, rounds.Growth(1), precision: 9);
    }

    [Fact]
    public void Rounds_whose_render_failed_are_left_out_of_the_growth()
    {
        var rounds = new BenchRounds([10, 20]);
        rounds.Add([Row(10, 50), Row(20, 0)]);
        rounds.Add([Row(10, 50), Row(20, 150)]);
        Assert.Equal(1.5, rounds.Growth(1), precision: 9);

        var failedOnly = new BenchRounds([10, 20]);
        failedOnly.Add([Row(10, 0), Row(20, 0)]);
        Assert.True(double.IsNaN(failedOnly.Growth(1)));
    }

    [Fact]
    public void The_summary_gives_each_sizes_spread_of_process_time_and_median_pipeline_time()
    {
        var rounds = new BenchRounds([100, 1000]);
        rounds.Add([Row(100, 10, processMs: 300), Row(1000, 90, processMs: 900)]);
        rounds.Add([Row(100, 30, processMs: 200), Row(1000, 110, processMs: 700)]);
        rounds.Add([Row(100, 20, processMs: 250), Row(1000, 100, processMs: 800)]);

        Assert.Equal(
            [
                "100 services over 3 rounds: process_ms min 200, median 250, max 300; pipeline_ms median 20",
                "1000 services over 3 rounds: process_ms min 700, median 800, max 900; pipeline_ms median 100",
            ],
            rounds.SummaryLines());
    }

    [Fact]
    public void A_round_must_hold_one_row_per_size_in_order()
    {
        var rounds = new BenchRounds([100, 1000]);

        Assert.Throws<ArgumentException>(() => rounds.Add([Row(1000, 1), Row(100, 1)]));
        Assert.Throws<ArgumentException>(() => rounds.Add([Row(100, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => rounds.Growth(0));
        Assert.Equal(0, rounds.Count);
    }

    [Theory]
    [InlineData(new double[] { 3 }, 3)]
    [InlineData(new double[] { 5, 1, 3 }, 3)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    public void Median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_the_mean_of_the_two(double[] values, double median)
        => Assert.Equal(median, BenchRounds.Median(values));

    /// <summary>A row whose pipeline time is <paramref name="pipelineMs"/>, all of it in the load stage.</summary>
    private static BenchRunner.Row Row(int services, double pipelineMs, double processMs = 0)
        => new(services, 0, processMs, pipelineMs == 0 ? new Dictionary<string, double>() : new Dictionary<string, double> { ["load_ms"] = pipelineMs }, null, null);
}
