using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Portal.Core.Data;

/// <summary>The data folder (database file, uploads, mail pickup); outside the web root.</summary>
public static class PortalPaths
{
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Portal:DataPath"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
