using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Contents.Rules;
using Portal.Contents.Services;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Contents;

public sealed class ContentsModule : IPortalModule
{
    public const string ViewCounterRateLimit = "view-counter";

    public string Id => "Contents";

    public IEnumerable<string> DependsOn => ["Users"];

    public IEnumerable<Permission> Permissions => ContentsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, ContentsPermissions.EditOwnContent, ContentsPermissions.EditContent, ContentsPermissions.PublishContent, ContentsPermissions.DeleteContent),
        new(BuiltInRoles.Author, ContentsPermissions.EditOwnContent),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentAuthorization>();
        services.AddScoped<IContentHandler, OutputCacheEvictionHandler>();
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(ViewCounterRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.Loopback,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) })));
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.Property(i => i.ContentType).HasMaxLength(64);
            item.Property(i => i.Slug).HasMaxLength(SlugRules.MaxLength);
            item.Property(i => i.OwnerId).HasMaxLength(64);
            item.Property(i => i.OwnerName).HasMaxLength(256);
            item.Property(i => i.DeletedBy).HasMaxLength(256);
            item.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            item.HasIndex(i => i.Slug).IsUnique();
            item.HasIndex(i => new { i.ContentType, i.HasPublishedVersion, i.PublishedAt });
            item.HasIndex(i => new { i.Status, i.ScheduledPublishAt });
            item.HasMany(i => i.Versions).WithOne(v => v.ContentItem).HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            item.HasQueryFilter(i => i.DeletedAt == null);
            item.Ignore(i => i.IsDeleted);
        });

        model.Entity<ContentVersion>(version =>
        {
            version.ToTable("ContentVersions");
            version.Property(v => v.Title).HasMaxLength(ContentDraftRules.TitleMaxLength);
            version.Property(v => v.Summary).HasMaxLength(ContentDraftRules.SummaryMaxLength);
            version.Property(v => v.AuthorId).HasMaxLength(64);
            version.Property(v => v.AuthorName).HasMaxLength(256);
            version.Property(v => v.Note).HasMaxLength(200);
            version.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
            version.HasIndex(v => new { v.ContentItemId, v.IsLatest });
            version.HasIndex(v => new { v.ContentItemId, v.IsPublished });
        });
    }
}
