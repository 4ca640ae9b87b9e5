using AerakiGitOps.Xds.Server;

namespace AerakiGitOps.Xds.Tests.Server;

public sealed class StreamStatusTests
{
    [Fact]
    public void Subscribed_names_are_recorded_unsorted_and_read_sorted_and_a_later_change_replaces_them()
    {
        var status = new StreamStatus(7, XdsApi.Rds, "delta", "peer");
        Assert.Empty(status.ToInfo().SubscribedNames);

        status.SetSubscribed(new HashSet<string>(["c_3", "a_1", "B_2", "b_2"]));
        var first = status.ToInfo().SubscribedNames;
        var again = status.ToInfo().SubscribedNames;
        status.SetSubscribed(new HashSet<string>(["z_9", "d_4"]));
        var changed = status.ToInfo().SubscribedNames;

        // Ordinal order: upper case before lower case.
        Assert.Equal(["B_2", "a_1", "b_2", "c_3"], first);
        Assert.Same(first, again);
        Assert.Equal(["d_4", "z_9"], changed);
    }
}
