using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Portal.Core.Data;

namespace Portal.Core.Files;

/// <summary>
/// The folder where uploads are kept: <c>Portal:Files:Path</c> (a mount every web node shares), or <c>files/</c> in the
/// data folder. <paramref name="Shared"/> says it was configured, so other nodes may be writing to it too.
/// </summary>
public sealed record FileStoreRoot(string Path, bool Shared = false)
{
    public const string PathKey = "Portal:Files:Path";

    public static FileStoreRoot From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[PathKey];
        return string.IsNullOrWhiteSpace(configured)
            ? new FileStoreRoot(System.IO.Path.Combine(PortalPaths.DataFolder(configuration, environment), "files"))
            : new FileStoreRoot(System.IO.Path.GetFullPath(configured, environment.ContentRootPath), Shared: true);
    }
}
