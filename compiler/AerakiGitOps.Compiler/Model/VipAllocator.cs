using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// Aeraki's ServiceEntry VIP allocator done the GitOps way: each host gets an address in 240.240.0.0/16
/// derived from a hash of the host, so adding or removing other services does not move it; collisions
/// are resolved by probing forward, hosts taken in ordinal order. Last octets 0 and 255 are never used.
/// </summary>
public static class VipAllocator
{
    private const int SlotsPerBlock = 254;
    private const int SlotCount = 256 * SlotsPerBlock;

    // The latest allocation: a long-running compiler (the reconciler) asks again with the same hosts and
    // addresses on every commit that does not add a service, and hashing and probing thousands of hosts each
    // time is most of the model stage. Compared by content, so a different question never gets this answer.
    private static Allocation? s_latest;

    public static IReadOnlyDictionary<string, string> Allocate(IEnumerable<string> hosts, IEnumerable<string> reserved)
    {
        string[] hostList = [.. hosts];
        string[] reservedList = [.. reserved];
        if (Volatile.Read(ref s_latest) is { } latest && latest.Answers(hostList, reservedList))
        {
            return latest.Result;
        }

        var result = Compute(hostList, reservedList);
        Volatile.Write(ref s_latest, new Allocation(hostList, reservedList, result));
        return result;
    }

    private static IReadOnlyDictionary<string, string> Compute(string[] hosts, string[] reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var host in hosts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var slot = PreferredSlot(host);
            for (var probe = 0; probe < SlotCount; probe++)
            {
                var address = AddressOf((slot + probe) % SlotCount);
                if (taken.Add(address))
                {
                    result[host] = address;
                    break;
                }
            }
        }

        return result.AsReadOnly();
    }

    private sealed record Allocation(string[] Hosts, string[] Reserved, IReadOnlyDictionary<string, string> Result)
    {
        public bool Answers(string[] hosts, string[] reserved)
            => Hosts.AsSpan().SequenceEqual(hosts, StringComparer.Ordinal) && Reserved.AsSpan().SequenceEqual(reserved, StringComparer.Ordinal);
    }

    private static int PreferredSlot(string host)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(host));
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % SlotCount);
    }

    private static string AddressOf(int slot) => $"240.240.{slot / SlotsPerBlock}.{(slot % SlotsPerBlock) + 1}";
}
