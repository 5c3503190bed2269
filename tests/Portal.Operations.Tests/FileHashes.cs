using System.Security.Cryptography;

namespace Portal.Operations.Tests;

internal static class FileHashes
{
    /// <summary>The SHA-256 of every file in the folder by its path inside it; uploads still arriving (.incoming) are not files yet.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!relative.StartsWith(".incoming/", StringComparison.Ordinal))
            {
                using var stream = File.OpenRead(file);
                hashes[relative] = Convert.ToHexString(SHA256.HashData(stream));
            }
        }

        return hashes;
    }

    public static string Of(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}
