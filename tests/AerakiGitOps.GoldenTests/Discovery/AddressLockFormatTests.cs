using System.Collections.Immutable;
using AerakiGitOps.Cli.Discovery;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>The lock file's text: sorted, quoted where YAML would misread, and read back by the compiler as the same facts.</summary>
public sealed class AddressLockFormatTests
{
    [Fact]
    public void Hosts_are_sorted_addresses_keep_the_cluster_order_and_odd_scalars_are_quoted()
    {
        var locked = new LockedHosts(
        [
            KeyValuePair.Create("zeta.apps.svc.cluster.local", ImmutableArray.Create("10.96.0.9", "fd00::9")),
            KeyValuePair.Create("*.wildcard.example.com", ImmutableArray.Create("240.240.0.1")),
            KeyValuePair.Create("alpha.apps.svc.cluster.local", ImmutableArray.Create("10.96.0.2", "10.96.0.1")),
        ]);

        var text = AddressLockFormat.Write(locked);

        Assert.EndsWith("""
            hosts:
            - host: "*.wildcard.example.com"
              addresses:
              - 240.240.0.1
            - host: alpha.apps.svc.cluster.local
              addresses:
              - 10.96.0.2
              - 10.96.0.1
            - host: zeta.apps.svc.cluster.local
              addresses:
              - 10.96.0.9
              - "fd00::9"

            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void The_compiler_reads_the_written_file_back_as_the_same_facts()
    {
        var locked = new LockedHosts([KeyValuePair.Create("a.b.svc.cluster.local", ImmutableArray.Create("10.96.0.2", "fd00::2"))]);
        var content = new PolicySourceContent([new PolicyFile(AddressLockFormat.FileName, AddressLockFormat.Bytes(locked))], null, []);

        var result = new PolicyCompiler(new CompileOptions()).Compile(content);

        Assert.Empty(result.Diagnostics);
        var spec = Assert.Single(result.Model!.Specs.AddressLocks);
        var host = Assert.Single(spec.Hosts);
        Assert.Equal("a.b.svc.cluster.local", host.Host);
        Assert.Equal(["10.96.0.2", "fd00::2"], host.Addresses.ToArray());
    }

    [Fact]
    public void No_hosts_is_an_empty_list()
        => Assert.EndsWith("kind: AddressLock\nhosts: []\n", AddressLockFormat.Write(LockedHosts.Empty), StringComparison.Ordinal);

    [Fact]
    public void Changes_name_added_updated_and_removed_hosts()
    {
        var before = new LockedHosts([KeyValuePair.Create("a", ImmutableArray.Create("10.0.0.1")), KeyValuePair.Create("b", ImmutableArray.Create("10.0.0.2"))]);
        var after = new LockedHosts([KeyValuePair.Create("b", ImmutableArray.Create("10.0.0.3")), KeyValuePair.Create("c", ImmutableArray.Create("10.0.0.4")), KeyValuePair.Create("d", ImmutableArray.Create("10.0.0.5"))]);

        var changes = LockChanges.Between(before, after);

        Assert.Equal("added 2 hosts, updated 1, removed 1", changes.ToString());
        Assert.Equal(["c", "d"], changes.Added);
        Assert.Equal(["b"], changes.Updated);
        Assert.Equal(["a"], changes.Removed);
        Assert.True(LockChanges.Between(after, after).IsEmpty);
    }
}
