using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Handlers;
using Portal.Core.Media;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.News.Handlers;
using Portal.News.Models;
using Portal.News.Recipes;
using Portal.News.Services;
using Portal.News.Services.Word;
using Portal.Search;

namespace Portal.News;

/// <summary>Campaign news and summary reports, in a tree of columns: the public pages and their admin.</summary>
public sealed class NewsModule : IPortalModule
{
    public string Id => "News";

    public IEnumerable<string> DependsOn => ["Contents", "Search"];

    public IEnumerable<Permission> Permissions => NewsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants => [new(BuiltInRoles.Editor, NewsPermissions.ManageColumns)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddScoped<ColumnTree>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<WordImporter>();
        services.AddScoped<IContentHandler, ArticleIndexHandler>();
        services.AddScoped<ISearchDocumentSource, ArticleSearchSource>();
        services.AddScoped<ISitemapSource, NewsSitemapSource>();
        services.AddScoped<IMediaUsages, ArticleMediaUsages>();
        services.AddScoped<IRecipeStepHandler, ColumnsStep>();
        services.AddScoped<IRecipeStepHandler, ArticlesStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<ISiteNavigationProvider, SiteNavigation>();
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Column>(column =>
        {
            column.ToTable("Columns");
            column.Property(c => c.Name).HasMaxLength(32);
            column.Property(c => c.Slug).HasMaxLength(64);
            column.Property(c => c.Description).HasMaxLength(200);
            column.HasIndex(c => c.Slug).IsUnique();
            column.HasOne<Column>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<ArticleIndex>(index =>
        {
            index.ToTable("ArticleIndex");
            index.HasKey(a => a.ContentItemId);
            index.Property(a => a.ContentItemId).ValueGeneratedNever();
            index.Property(a => a.ContentType).HasMaxLength(64);
            index.Property(a => a.Title).HasMaxLength(200);
            index.Property(a => a.PublishedTitle).HasMaxLength(200);
            index.Property(a => a.Slug).HasMaxLength(80);
            index.HasIndex(a => a.Slug);
            index.HasIndex(a => new { a.PublishedColumnId, a.PublishedAt });
            index.HasIndex(a => new { a.Featured, a.PublishedAt });
            index.HasIndex(a => a.ColumnId);
            index.HasOne<Portal.Contents.Models.ContentItem>().WithOne().HasForeignKey<ArticleIndex>(a => a.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
