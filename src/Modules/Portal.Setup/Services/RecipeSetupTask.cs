using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;

namespace Portal.Setup.Services;

/// <summary>After migrations: the demo recipe in demo mode, otherwise the production one (roles and the first administrator).</summary>
internal sealed class RecipeSetupTask : IStartupTask
{
    public const string DemoRecipe = "demo";
    public const string DefaultRecipe = "default";

    public int Order => 100;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var demoMode = services.GetRequiredService<IOptions<PortalOptions>>().Value.DemoMode;
        var runner = services.GetRequiredService<RecipeRunner>();
        await runner.RunOnceAsync(demoMode ? DemoRecipe : DefaultRecipe, cancellationToken);
    }
}
