using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Regulations.Handlers;
using Portal.Regulations.Models;
using Portal.Regulations.Recipes;
using Portal.Regulations.Services;
using Portal.Search;

namespace Portal.Regulations;

/// <summary>The regulations library: normative documents, work rules and duty scopes, with their amendments, repeals and originals.</summary>
public sealed class RegulationsModule : IPortalModule
{
    public string Id => "Regulations";

    public IEnumerable<string> DependsOn => ["Contents", "Search"];

    public IEnumerable<Permission> Permissions => RegulationsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants => [new(BuiltInRoles.Editor, RegulationsPermissions.ManageRegulations)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RegulationQueries>();
        services.AddScoped<IContentHandler, RegulationIndexHandler>();
        services.AddScoped<ISearchDocumentSource, RegulationSearchSource>();
        services.AddScoped<ISitemapSource, RegulationSitemapSource>();
        services.AddScoped<IRecipeStepHandler, RegulationsStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSiteNavigation("规章制度", "/regulations", 130);
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<RegulationIndex>(index =>
        {
            index.ToTable("RegulationIndex");
            index.HasKey(r => r.ContentItemId);
            index.Property(r => r.ContentItemId).ValueGeneratedNever();
            index.Property(r => r.Slug).HasMaxLength(80);
            index.Property(r => r.Title).HasMaxLength(200);
            index.Property(r => r.PublishedTitle).HasMaxLength(200);
            index.Property(r => r.DocumentNumber).HasMaxLength(64);
            index.Property(r => r.IssuingBody).HasMaxLength(64);
            index.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            index.Property(r => r.Validity).HasConversion<string>().HasMaxLength(16);
            index.Ignore(r => r.IsVisible);
            index.HasIndex(r => r.Slug);
            index.HasIndex(r => new { r.Kind, r.SortOrder });
            index.HasOne<ContentItem>().WithOne().HasForeignKey<RegulationIndex>(r => r.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<RegulationLink>(link =>
        {
            link.ToTable("RegulationLinks");
            link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
            link.HasIndex(l => l.FromId);
            link.HasIndex(l => l.ToId);
            link.HasOne<ContentItem>().WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<ContentItem>().WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
