using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Setup.Models;
using Portal.Setup.Services;

namespace Portal.Setup;

/// <summary>First-run setup: runs the recipe that loads roles, accounts and (in demo mode) the demo content.</summary>
public sealed class SetupModule : IPortalModule
{
    public string Id => "Setup";

    public IEnumerable<string> DependsOn => ["Users"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RecipeRunner>();
        services.AddScoped<IStartupTask, RecipeSetupTask>();
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<RecipeRun>(run =>
        {
            run.ToTable("RecipeRuns");
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(64);
        });
    }
}
