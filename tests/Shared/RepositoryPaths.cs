namespace AerakiGitOps.Tests.Shared;

/// <summary>Locates the repository (the folder with aeraki-gitops.sln) and the shared specs beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootValue = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "aeraki-gitops.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("aeraki-gitops.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootValue.Value;

    public static string Policies => Path.Combine(Root, "policies");

    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The copy of Istio's and Aeraki's CRD schemas kept with the tests (see tests/vendor-schemas/README.md).</summary>
    public static string VendorSchemas => Path.Combine(Root, "tests", "vendor-schemas");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
