using System.Reflection;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// The portal published once per test run from the build that the run used (no second build), as a deployment would,
/// and shared by every test that starts portal processes. It goes to a folder beside the test assembly, replaced by
/// the next run: a test host ends without running exit handlers, so a temporary folder would be left behind each time.
/// </summary>
internal static class PublishedPortal
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "published-portal");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var configuration = typeof(PublishedPortal).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Repository.Path("src", "Web", "Portal.Web", "Portal.Web.csproj");
        await Commands.RunAsync("dotnet", "publish", project, "-c", configuration, "--no-build", "-nologo", "-o", folder);
        return folder;
    }
}
