using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Delegates.Handlers;
using Portal.Delegates.Models;
using Portal.Delegates.Recipes;
using Portal.Delegates.Rules;
using Portal.Delegates.Services;
using Portal.Search;

namespace Portal.Delegates;

/// <summary>Delegate profiles, liaison points (三联) and voter-contact records: the public directory, self-service and admin.</summary>
public sealed class DelegatesModule : IPortalModule
{
    public string Id => "Delegates";

    public IEnumerable<string> DependsOn => ["Contents", "Search"];

    public IEnumerable<Permission> Permissions => DelegatesPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, DelegatesPermissions.ManageDelegates, DelegatesPermissions.ReviewVoterContacts, DelegatesPermissions.ManageLiaisonPoints),
        new(BuiltInRoles.Delegate, DelegatesPermissions.KeepOwnDelegateRecord),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PhotoProcessor>();
        services.AddScoped<DelegatePhotos>();
        services.AddScoped<IFileReferences, PhotoFileReferences>();
        services.AddScoped<DelegateAccounts>();
        services.AddScoped<DelegateProfileEditor>();
        services.AddScoped<ProfileFormHandler>();
        services.AddScoped<DelegateDirectory>();
        services.AddScoped<DelegateSheetImporter>();
        services.AddScoped<DelegateSheetExporter>();
        services.AddScoped<PublicPages>();
        services.AddScoped<IContentHandler, DelegateIndexHandler>();
        services.AddScoped<IRecipeStepHandler, LiaisonPointsStep>();
        services.AddScoped<IRecipeStepHandler, DelegatesStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSiteNavigation("代表名录", "/delegates", 100);
        services.AddScoped<ISearchDocumentSource, DelegateSearchSource>();
        services.AddScoped<ISitemapSource, DelegateSitemapSource>();
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<DelegateIndex>(index =>
        {
            index.ToTable("DelegateIndex");
            index.HasKey(d => d.ContentItemId);
            index.Property(d => d.ContentItemId).ValueGeneratedNever();
            index.Property(d => d.Slug).HasMaxLength(80);
            index.Property(d => d.Name).HasMaxLength(200);
            index.Property(d => d.PublishedName).HasMaxLength(200);
            index.Property(d => d.Congress).HasMaxLength(MandateRules.TextMaxLength);
            index.Property(d => d.Delegation).HasMaxLength(MandateRules.TextMaxLength);
            index.Property(d => d.Unit).HasMaxLength(ProfileRules.TextMaxLength);
            index.HasIndex(d => d.Slug);
            index.HasIndex(d => new { d.IsPublic, d.SortRank });
            index.HasIndex(d => d.PhotoId);
            index.HasOne<ContentItem>().WithOne().HasForeignKey<DelegateIndex>(d => d.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<DelegatePrivateInfo>(info =>
        {
            info.ToTable("DelegatePrivateInfo");
            info.HasKey(p => p.ContentItemId);
            info.Property(p => p.ContentItemId).ValueGeneratedNever();
            info.Property(p => p.Phone).HasMaxLength(20);
            info.Property(p => p.IdNumber).HasMaxLength(18);
            info.Property(p => p.HomeAddress).HasMaxLength(ProfileRules.AddressMaxLength);
            info.HasIndex(p => p.IdNumber);
            info.HasOne<ContentItem>().WithOne().HasForeignKey<DelegatePrivateInfo>(p => p.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<DelegateAccount>(account =>
        {
            account.ToTable("DelegateAccounts");
            account.HasKey(a => a.UserId);
            account.Property(a => a.UserId).HasMaxLength(64);
            account.HasIndex(a => a.ContentItemId).IsUnique();
            account.HasOne<PortalUser>().WithOne().HasForeignKey<DelegateAccount>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            account.HasOne<ContentItem>().WithOne().HasForeignKey<DelegateAccount>(a => a.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<DelegatePhoto>(photo =>
        {
            photo.ToTable("DelegatePhotos");
            photo.Property(p => p.Id).ValueGeneratedNever();
            photo.Property(p => p.LargeKey).HasMaxLength(128);
            photo.Property(p => p.SmallKey).HasMaxLength(128);
            photo.Property(p => p.UploadedBy).HasMaxLength(64);
        });

        model.Entity<LiaisonPoint>(point =>
        {
            point.ToTable("LiaisonPoints");
            point.Property(p => p.Slug).HasMaxLength(80);
            point.Property(p => p.Name).HasMaxLength(LiaisonPointRules.NameMaxLength);
            point.Property(p => p.Location).HasMaxLength(LiaisonPointRules.LocationMaxLength);
            point.HasIndex(p => p.Slug).IsUnique();
            point.HasIndex(p => p.Type);
        });

        model.Entity<LiaisonLink>(link =>
        {
            link.ToTable("LiaisonLinks");
            link.HasIndex(l => new { l.ContentItemId, l.LiaisonPointId });
            link.HasIndex(l => l.LiaisonPointId);
            link.HasOne(l => l.LiaisonPoint).WithMany().HasForeignKey(l => l.LiaisonPointId).OnDelete(DeleteBehavior.Restrict);
            link.HasOne<ContentItem>().WithMany().HasForeignKey(l => l.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<VoterContact>(contact =>
        {
            contact.ToTable("VoterContacts");
            contact.Property(c => c.Place).HasMaxLength(VoterContactRules.PlaceMaxLength);
            contact.Property(c => c.Topic).HasMaxLength(VoterContactRules.TopicMaxLength);
            contact.Property(c => c.Issues).HasMaxLength(VoterContactRules.IssuesMaxLength);
            contact.Property(c => c.FollowUp).HasMaxLength(VoterContactRules.FollowUpMaxLength);
            contact.Property(c => c.ReviewNote).HasMaxLength(200);
            contact.Property(c => c.CreatedBy).HasMaxLength(256);
            contact.Property(c => c.ReviewedBy).HasMaxLength(256);
            contact.HasIndex(c => new { c.ContentItemId, c.Review, c.Date });
            contact.HasIndex(c => new { c.Review, c.CreatedAt });
            contact.HasIndex(c => c.LiaisonPointId);
            contact.HasOne<ContentItem>().WithMany().HasForeignKey(c => c.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            contact.HasOne<LiaisonPoint>().WithMany().HasForeignKey(c => c.LiaisonPointId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
