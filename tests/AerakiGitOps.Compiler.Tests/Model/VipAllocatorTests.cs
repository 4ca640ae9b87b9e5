using System.Net;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class VipAllocatorTests
{
    private static readonly string[] ManyHosts = Enumerable.Range(0, 3000).Select(i => $"svc-{i}.ns.svc.cluster.local").ToArray();

    [Fact]
    public void Every_address_is_in_240_240_0_0_16_and_never_ends_in_0_or_255()
    {
        var addresses = VipAllocator.Allocate(ManyHosts, []);

        Assert.Equal(ManyHosts.Length, addresses.Count);
        Assert.Equal(ManyHosts.Length, addresses.Values.Distinct().Count());
        foreach (var address in addresses.Values)
        {
            var bytes = IPAddress.Parse(address).GetAddressBytes();
            Assert.Equal(240, bytes[0]);
            Assert.Equal(240, bytes[1]);
            Assert.InRange(bytes[3], 1, 254);
        }
    }

    [Fact]
    public void A_host_keeps_its_address_when_other_hosts_are_added_or_removed()
    {
        var alone = VipAllocator.Allocate(["a.example.com"], []);
        var crowded = VipAllocator.Allocate(["z.example.com", "a.example.com", "m.example.com"], []);

        Assert.Equal(alone["a.example.com"], crowded["a.example.com"]);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_hosts_are_given_in()
    {
        var forward = VipAllocator.Allocate(ManyHosts, []);
        var backward = VipAllocator.Allocate(ManyHosts.Reverse(), []);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_reserved_address_is_never_allocated_and_the_host_moves_to_the_next_slot()
    {
        var preferred = VipAllocator.Allocate(["a.example.com"], [])["a.example.com"];

        var moved = VipAllocator.Allocate(["a.example.com"], [preferred])["a.example.com"];

        Assert.NotEqual(preferred, moved);
        Assert.Equal(Next(preferred), moved);
    }

    [Fact]
    public void Asking_again_gives_the_same_answer_and_a_changed_question_is_never_answered_from_the_previous_one()
    {
        var first = VipAllocator.Allocate(["a.example.com", "b.example.com"], ["10.0.0.1"]);
        var again = VipAllocator.Allocate(["a.example.com", "b.example.com"], ["10.0.0.1"]);
        var reserved = VipAllocator.Allocate(["a.example.com", "b.example.com"], [first["a.example.com"]]);
        var fewer = VipAllocator.Allocate(["a.example.com"], ["10.0.0.1"]);

        Assert.Equal(first, again);
        Assert.Equal(Next(first["a.example.com"]), reserved["a.example.com"]);
        Assert.Equal(["a.example.com"], fewer.Keys);
        Assert.Equal(first["a.example.com"], fewer["a.example.com"]);
    }

    [Fact]
    public void A_collision_is_resolved_in_ordinal_host_order_and_the_earlier_host_keeps_its_slot()
    {
        // Find two hosts whose preferred addresses collide: with 3000 hosts in 65024 slots some do.
        var alone = ManyHosts.ToDictionary(h => h, h => VipAllocator.Allocate([h], [])[h]);
        var pair = alone.GroupBy(p => p.Value).First(g => g.Count() > 1).Select(p => p.Key).Order(StringComparer.Ordinal).Take(2).ToArray();

        var both = VipAllocator.Allocate([pair[1], pair[0]], []);

        Assert.Equal(alone[pair[0]], both[pair[0]]);
        Assert.Equal(Next(alone[pair[0]]), both[pair[1]]);
    }

    [Fact]
    public void Duplicate_hosts_get_one_address()
    {
        var addresses = VipAllocator.Allocate(["a.b", "a.b"], []);

        Assert.Single(addresses);
    }

    [Fact]
    public void Allocation_is_stable_across_runs_for_a_known_host()
    {
        // Pinned: a change here moves every allocated VIP of every user (and their outbound listener names).
        Assert.Equal("240.240.72.138", VipAllocator.Allocate(["org.apache.dubbo.samples.basic.api.demoservice"], [])["org.apache.dubbo.samples.basic.api.demoservice"]);
    }

    /// <summary>The next usable address: last octet 1..254, wrapping into the next third octet.</summary>
    private static string Next(string address)
    {
        var b = IPAddress.Parse(address).GetAddressBytes();
        return b[3] < 254 ? $"240.240.{b[2]}.{b[3] + 1}" : $"240.240.{(b[2] + 1) % 256}.1";
    }
}
