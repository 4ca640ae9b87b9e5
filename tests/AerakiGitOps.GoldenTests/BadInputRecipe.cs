using System.Text;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// Builds the inputs of a bad-input case that git cannot hold portably or that are too large to commit.
/// One command per line of generate.txt (paths relative to the policy root):
/// <list type="bullet">
/// <item>`directory PATH`: an (empty) folder, e.g. one named x.yaml;</item>
/// <item>`symlink PATH`: a link to a valid policy file outside the policy root;</item>
/// <item>`bytes PATH HEX`: a file with exactly these bytes;</item>
/// <item>`padded PATH BYTES`: a ServiceEntry followed by comment lines up to BYTES bytes;</item>
/// <item>`flow-nesting PATH DEPTH`: `spec:` followed by DEPTH nested `[`;</item>
/// <item>`block-nesting PATH DEPTH`: DEPTH nested block mappings.</item>
/// </list>
/// </summary>
internal static class BadInputRecipe
{
    public static void Apply(string recipeFile, string policyRoot, string outsideRoot)
    {
        foreach (var line in File.ReadAllLines(recipeFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var path = Path.Combine(policyRoot, parts[1]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (parts[0])
            {
                case "directory":
                    Directory.CreateDirectory(path);
                    break;
                case "symlink":
                    var target = Path.Combine(outsideRoot, "outside.yaml");
                    File.WriteAllText(target, Header("outside"));
                    File.CreateSymbolicLink(path, target);
                    break;
                case "bytes":
                    File.WriteAllBytes(path, Convert.FromHexString(parts[2]));
                    break;
                case "padded":
                    File.WriteAllText(path, Padded(long.Parse(parts[2])));
                    break;
                case "flow-nesting":
                    var depth = int.Parse(parts[2]);
                    File.WriteAllText(path, Header("deep") + "  ports: " + new string('[', depth) + new string(']', depth) + "\n");
                    break;
                case "block-nesting":
                    File.WriteAllText(path, BlockNesting(int.Parse(parts[2])));
                    break;
                default:
                    throw new InvalidOperationException($"unknown recipe command '{parts[0]}' in {recipeFile}");
            }
        }
    }

    private static string Header(string name)
        => $"apiVersion: networking.istio.io/v1beta1\nkind: ServiceEntry\nmetadata:\n  name: {name}\n  namespace: meta\nspec:\n  hosts: [{name}.meta.svc.cluster.local]\n";

    private static string Padded(long bytes)
    {
        var text = new StringBuilder(Header("padded"));
        var comment = "# " + new string('x', 1021) + "\n";
        while (text.Length < bytes)
        {
            text.Append(comment);
        }

        return text.ToString();
    }

    private static string BlockNesting(int depth)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: deep\nspec:\n");
        for (var level = 1; level <= depth; level++)
        {
            text.Append(' ', level).Append("a:\n");
        }

        text.Append(' ', depth + 1).Append("b: 1\n");
        return text.ToString();
    }
}
