using Microsoft.Data.Sqlite;

namespace Portal.Operations.Tests;

/// <summary>A folder of the test's own, outside any PortalFactory (which deletes its data folder when disposed).</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-tests", "ops-" + Guid.NewGuid().ToString("N")[..12]);

    public TemporaryFolder() => Directory.CreateDirectory(Path);

    /// <summary>A path inside this folder; nothing is created, as the scripts want to make some folders themselves.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing host; the temporary folder is cleaned by the OS.
        }
    }
}
