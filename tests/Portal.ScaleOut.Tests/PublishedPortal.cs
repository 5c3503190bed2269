using System.Reflection;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// The portal published once per test run from the build that the run used (no second build), as a deployment would,
/// and shared by every test that starts portal processes. Deleted when the test process ends.
/// </summary>
internal static class PublishedPortal
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-scaleout", "publish-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
        var configuration = typeof(PublishedPortal).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot(), "src", "Web", "Portal.Web", "Portal.Web.csproj");
        await Commands.RunAsync("dotnet", "publish", project, "-c", configuration, "--no-build", "-nologo", "-o", folder);
        return folder;
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The temporary folder is left for the OS to clean.
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
