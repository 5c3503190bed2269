using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Core.Data;

/// <summary>The portal's single database context; each module adds its entities through <see cref="IPortalModule.ConfigureModel"/>.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, ModuleCatalog modules)
    : IdentityDbContext<PortalUser, PortalRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The keys that protect sign-in cookies and anti-forgery tokens, shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(64);
        });
        builder.Entity<PortalRole>(role =>
        {
            role.Property(r => r.DisplayName).HasMaxLength(64);
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.EntityType).HasMaxLength(64);
            entry.Property(e => e.EntityId).HasMaxLength(64);
            entry.Property(e => e.Summary).HasMaxLength(500);
            entry.HasIndex(e => e.At);
        });

        foreach (var module in modules.Modules)
        {
            module.ConfigureModel(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Times are stored in UTC; SQLite hands them back unspecified, so mark them UTC on the way in.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
