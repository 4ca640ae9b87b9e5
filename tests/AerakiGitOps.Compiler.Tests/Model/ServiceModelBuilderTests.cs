using AerakiGitOps.Compiler.Model;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class ServiceModelBuilderTests
{
    private static string KubernetesService(string name, string ns, string specExtra) => Lines(
        "apiVersion: v1",
        "kind: Service",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        "  selector: {app: echo}",
        "  ports:",
        "  - name: tcp-metaprotocol-trpc",
        "    port: 8000",
        "  - name: http",
        "    port: 80",
        "    appProtocol: dubbo",
        specExtra);

    private static string ServiceEntry(string name, string host, string specExtra, string ports = "  ports: [{number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}]") => Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: ServiceEntry",
        "metadata:",
        $"  name: {name}",
        "  namespace: ns",
        "spec:",
        $"  hosts: [{host}]",
        ports,
        specExtra);

    private const string Lock = """
        apiVersion: aeraki-gitops.io/v1alpha1
        kind: AddressLock
        hosts:
        - host: echo.apps.svc.cluster.local
          addresses: [10.96.0.9]
        - host: locked.example.com
          addresses: [10.1.1.1, 10.1.1.2]

        """;

    [Fact]
    public void A_kubernetes_service_becomes_a_service_named_by_its_fqdn_with_ports_and_selector()
    {
        var model = BuildModel(KubernetesService("echo", "apps", "  clusterIP: 10.96.0.1"));

        var service = Assert.Single(model.Services);
        Assert.Equal("echo.apps.svc.cluster.local", service.Host);
        Assert.Equal(ServiceOrigin.KubernetesService, service.Origin);
        Assert.Equal(["10.96.0.1"], service.Addresses.ToArray());
        Assert.Equal(AddressOrigin.Declared, service.AddressOrigin);
        Assert.Equal([(8000u, ProtocolKind.MetaProtocol, "trpc"), (80u, ProtocolKind.Dubbo, null)], service.Ports.Select(p => (p.Number, p.Protocol, p.ApplicationProtocol)));
        Assert.Equal(["app=echo"], service.WorkloadSelector.Select(p => $"{p.Key}={p.Value}"));
        Assert.Same(service, model.ServiceFor("echo.apps.svc.cluster.local"));
    }

    [Fact]
    public void The_cluster_domain_setting_names_kubernetes_services()
    {
        var model = BuildModel(new ModelSettings { ClusterDomain = "corp.internal" }, ("s.yaml", KubernetesService("echo", "apps", string.Empty)));

        Assert.Equal("echo.apps.svc.corp.internal", model.Services[0].Host);
    }

    [Fact]
    public void Cluster_ips_win_over_cluster_ip()
    {
        var model = BuildModel(KubernetesService("echo", "apps", "  clusterIP: 10.96.0.1\n  clusterIPs: [10.96.0.1, 'fd00::1']"));

        Assert.Equal(["10.96.0.1", "fd00::1"], model.Services[0].Addresses.ToArray());
    }

    [Theory]
    [InlineData("  clusterIP: None")]
    [InlineData("  clusterIPs: [None]")]
    public void A_headless_service_has_no_address_even_when_the_lock_file_names_one(string specExtra)
    {
        var model = BuildModel(("s.yaml", KubernetesService("echo", "apps", specExtra)), ("lock.yaml", Lock));

        Assert.Empty(model.Services[0].Addresses);
        Assert.Equal(AddressOrigin.None, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_kubernetes_service_without_cluster_ip_takes_its_address_from_the_lock_file()
    {
        var model = BuildModel(("s.yaml", KubernetesService("echo", "apps", string.Empty)), ("lock.yaml", Lock));

        Assert.Equal(["10.96.0.9"], model.Services[0].Addresses.ToArray());
        Assert.Equal(AddressOrigin.LockFile, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_kubernetes_service_with_no_known_address_is_unknown_and_never_gets_a_guessed_one()
    {
        var model = BuildModel(KubernetesService("echo", "apps", string.Empty));

        Assert.Empty(model.Services[0].Addresses);
        Assert.Equal(AddressOrigin.Unknown, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_service_entry_with_addresses_keeps_them_as_declared()
    {
        var model = BuildModel(("se.yaml", ServiceEntry("se", "locked.example.com", "  addresses: [192.168.1.1]\n  resolution: STATIC")), ("lock.yaml", Lock));

        Assert.Equal(["192.168.1.1"], model.Services[0].Addresses.ToArray());
        Assert.Equal(AddressOrigin.Declared, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_service_entry_without_addresses_takes_them_from_the_lock_file_before_allocating()
    {
        var model = BuildModel(("se.yaml", ServiceEntry("se", "locked.example.com", "  resolution: DNS")), ("lock.yaml", Lock));

        Assert.Equal(["10.1.1.1", "10.1.1.2"], model.Services[0].Addresses.ToArray());
        Assert.Equal(AddressOrigin.LockFile, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_service_entry_without_addresses_gets_the_allocators_vip()
    {
        var model = BuildModel(ServiceEntry("se", "a.example.com", "  resolution: STATIC"));

        var expected = VipAllocator.Allocate(["a.example.com"], [])["a.example.com"];
        Assert.Equal([expected], model.Services[0].Addresses.ToArray());
        Assert.Equal(AddressOrigin.Allocated, model.Services[0].AddressOrigin);
    }

    [Theory]
    [InlineData("  resolution: NONE")]
    [InlineData("")]
    public void A_service_entry_with_resolution_none_gets_no_address(string specExtra)
    {
        var model = BuildModel(ServiceEntry("se", "a.example.com", specExtra));

        Assert.Empty(model.Services[0].Addresses);
        Assert.Equal(AddressOrigin.None, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_service_entry_with_no_protocol_we_manage_gets_no_address()
    {
        var model = BuildModel(ServiceEntry("se", "a.example.com", "  resolution: DNS", "  ports: [{number: 80, name: http, protocol: HTTP}]"));

        Assert.Empty(model.Services[0].Addresses);
        Assert.Equal(AddressOrigin.None, model.Services[0].AddressOrigin);
    }

    [Fact]
    public void A_declared_address_is_never_allocated_to_another_service()
    {
        var preferred = VipAllocator.Allocate(["b.example.com"], [])["b.example.com"];
        var model = BuildModel(
            ("a.yaml", ServiceEntry("a", "a.example.com", $"  addresses: [{preferred}]\n  resolution: STATIC")),
            ("b.yaml", ServiceEntry("b", "b.example.com", "  resolution: STATIC")));

        Assert.NotEqual(preferred, model.ServiceFor("b.example.com")!.Addresses[0]);
    }

    [Fact]
    public void A_service_entry_without_hosts_is_not_a_service()
    {
        var model = BuildModel(Lines("apiVersion: networking.istio.io/v1", "kind: ServiceEntry", "metadata: {name: x}", "spec: {ports: []}"));

        Assert.Empty(model.Services);
    }

    [Fact]
    public void The_first_service_of_a_host_in_source_order_is_the_one_looked_up()
    {
        var model = BuildModel(
            ("a.yaml", ServiceEntry("first", "dup.example.com", "  addresses: [1.1.1.1]\n  resolution: STATIC")),
            ("b.yaml", ServiceEntry("second", "dup.example.com", "  addresses: [2.2.2.2]\n  resolution: STATIC")));

        Assert.Equal("first", model.ServiceFor("dup.example.com")!.Name);
        Assert.Equal(2, model.Services.Length);
    }

    [Fact]
    public void An_unchanged_spec_gives_the_same_service_object_and_a_changed_lock_file_or_domain_a_new_one()
    {
        var diagnostics = new AerakiGitOps.Compiler.Diagnostics.DiagnosticBag();
        var loader = new AerakiGitOps.Compiler.Loading.PolicyLoader("default");
        var service = loader.LoadFile(File("s.yaml", KubernetesService("echo", "apps", string.Empty)), diagnostics);
        var entry = loader.LoadFile(File("se.yaml", ServiceEntry("se", "vip.example.com", "  resolution: STATIC")), diagnostics);
        var locks = loader.LoadFile(File("lock.yaml", Lock), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        PolicyModel Model(ModelSettings settings, params IReadOnlyList<AerakiGitOps.Compiler.Loading.PolicyDocument>[] files)
            => new(AerakiGitOps.Compiler.Model.Binding.SpecBinder.Bind([.. files.SelectMany(f => f)], diagnostics), settings);

        var first = Model(new ModelSettings(), service, entry, locks);
        var again = Model(new ModelSettings(), service, entry, locks);
        var unlocked = Model(new ModelSettings(), service, entry);
        var otherDomain = Model(new ModelSettings { ClusterDomain = "corp" }, service, entry, locks);

        Assert.Same(first.Services[0], again.Services[0]);
        Assert.Same(first.Services[1], again.Services[1]);
        Assert.Equal((AddressOrigin.LockFile, "10.96.0.9"), (first.Services[1].AddressOrigin, first.Services[1].Addresses.Single()));
        Assert.Equal((AddressOrigin.Unknown, 0), (unlocked.Services[1].AddressOrigin, unlocked.Services[1].Addresses.Length));
        Assert.Equal("echo.apps.svc.corp", otherDomain.Services[1].Host);
        Assert.Equal(AddressOrigin.Unknown, otherDomain.Services[1].AddressOrigin);
        Assert.Equal(AddressOrigin.Allocated, first.Services[0].AddressOrigin);
        Assert.Equal(first.Services[0].Addresses, unlocked.Services[0].Addresses);
        Assert.Same(first.Services[0], unlocked.Services[0]);
    }

    [Fact]
    public void Specs_that_are_not_remembered_give_new_but_equal_service_objects()
    {
        var diagnostics = new AerakiGitOps.Compiler.Diagnostics.DiagnosticBag();
        var loader = new AerakiGitOps.Compiler.Loading.PolicyLoader("default");
        var documents = loader.LoadFile(File("s.yaml", KubernetesService("echo", "apps", string.Empty)), diagnostics)
            .Concat(loader.LoadFile(File("se.yaml", ServiceEntry("se", "vip.example.com", "  resolution: STATIC")), diagnostics))
            .ToList();
        var specs = AerakiGitOps.Compiler.Model.Binding.SpecBinder.Bind(documents, diagnostics, remember: false);

        var first = new PolicyModel(specs, new ModelSettings());
        var again = new PolicyModel(specs, new ModelSettings());

        Assert.Equal(2, first.Services.Length);
        for (var i = 0; i < first.Services.Length; i++)
        {
            Assert.NotSame(first.Services[i], again.Services[i]);
            Assert.Equal((first.Services[i].Host, first.Services[i].AddressOrigin), (again.Services[i].Host, again.Services[i].AddressOrigin));
            Assert.Equal(first.Services[i].Addresses.ToArray(), again.Services[i].Addresses.ToArray());
        }

        Assert.Equal(AddressOrigin.Allocated, first.Services[0].AddressOrigin);
    }
}
