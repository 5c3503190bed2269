using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Core.Media;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;
using Portal.Media.Models;
using Portal.Media.Rules;
using Portal.Media.Services;

namespace Portal.Media;

/// <summary>The media library: images uploaded once, stripped of metadata, kept in several sizes and served with long caching.</summary>
public sealed class MediaModule : IPortalModule
{
    public string Id => "Media";

    public IEnumerable<string> DependsOn => ["Users"];

    public IEnumerable<Permission> Permissions => MediaPermissions.All;

    /// <summary>Whoever writes articles puts pictures in them.</summary>
    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, MediaPermissions.ManageMedia),
        new(BuiltInRoles.Author, MediaPermissions.ManageMedia),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IImageStore, MediaImageStore>();
        services.AddScoped<IFileReferences, MediaFileReferences>();
        services.AddSingleton<IResponsiveImages, MediaImageSizes>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<MediaItem>(item =>
        {
            item.ToTable("MediaItems");
            item.Property(i => i.Hash).HasMaxLength(32);
            item.Property(i => i.FileName).HasMaxLength(MediaRules.FileNameMaxLength);
            item.Property(i => i.Alt).HasMaxLength(MediaRules.AltMaxLength);
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.UploadedBy).HasMaxLength(256);
            item.HasIndex(i => i.Hash).IsUnique();
            item.HasIndex(i => i.UploadedAt);
            item.HasMany(i => i.Variants).WithOne(v => v.MediaItem).HasForeignKey(v => v.MediaItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<MediaVariant>(variant =>
        {
            variant.ToTable("MediaVariants");
            variant.Property(v => v.FileKey).HasMaxLength(128);
            variant.HasIndex(v => new { v.MediaItemId, v.Width }).IsUnique();
        });
    }
}
