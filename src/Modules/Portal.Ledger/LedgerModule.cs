using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Ledger.Models;
using Portal.Ledger.Recipes;
using Portal.Ledger.Rules;
using Portal.Ledger.Search;
using Portal.Ledger.Services;
using Portal.Search;

namespace Portal.Ledger;

/// <summary>The work ledger (工作台账): areas, tasks, progress updates and their trail, reminders, the public dashboard.</summary>
public sealed class LedgerModule : IPortalModule
{
    public string Id => "Ledger";

    public IEnumerable<string> DependsOn => ["News", "Search"];

    public IEnumerable<Permission> Permissions => LedgerPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, LedgerPermissions.ManageLedgers, LedgerPermissions.UpdateOwnLedgerTasks),
        new(BuiltInRoles.Author, LedgerPermissions.UpdateOwnLedgerTasks),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LedgerQueries>();
        services.AddScoped<TaskTimeline>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<TaskEditor>();
        services.AddScoped<IFileReferences, LedgerFileReferences>();
        services.AddScoped<TaskLinks>();
        services.AddScoped<PublicPagesCache>();
        services.AddScoped<LedgerSearchFeed>();
        services.AddScoped<ISearchDocumentSource, LedgerTaskSearchSource>();
        services.AddScoped<LedgerWorkbook>();
        services.AddScoped<LedgerImporter>();
        services.AddScoped<ReminderService>();
        services.AddScoped<IRecipeStepHandler, LedgerStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSiteNavigation("工作台账", "/ledger", 110);
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<WorkLedger>(ledger =>
        {
            ledger.ToTable("Ledgers");
            ledger.Property(l => l.Title).HasMaxLength(200);
            ledger.Property(l => l.Slug).HasMaxLength(80);
            ledger.Property(l => l.Description).HasMaxLength(2000);
            ledger.HasIndex(l => l.Slug).IsUnique();
        });

        model.Entity<LedgerArea>(area =>
        {
            area.ToTable("LedgerAreas");
            area.Property(a => a.Name).HasMaxLength(50);
            area.HasIndex(a => new { a.LedgerId, a.Name }).IsUnique();
            area.HasOne<WorkLedger>().WithMany().HasForeignKey(a => a.LedgerId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<LedgerTask>(task =>
        {
            task.ToTable("LedgerTasks");
            task.Property(t => t.Title).HasMaxLength(TaskRules.TitleMaxLength);
            task.Property(t => t.Description).HasMaxLength(TaskRules.DescriptionMaxLength);
            task.Property(t => t.OwnerUnits).HasMaxLength(TaskRules.OwnerUnitsMaxLength);
            task.Property(t => t.OwnerId).HasMaxLength(64);
            task.Property(t => t.LeaderId).HasMaxLength(64);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            task.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
            task.HasIndex(t => new { t.LedgerId, t.Number }).IsUnique();
            task.HasIndex(t => t.AreaId);
            task.HasIndex(t => t.OwnerId);
            task.HasIndex(t => t.LeaderId);
            task.HasOne<WorkLedger>().WithMany().HasForeignKey(t => t.LedgerId).OnDelete(DeleteBehavior.Cascade);
            task.HasOne<LedgerArea>().WithMany().HasForeignKey(t => t.AreaId).OnDelete(DeleteBehavior.Restrict);
            task.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
            task.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.LeaderId).OnDelete(DeleteBehavior.Restrict);
            task.HasMany(t => t.SubTasks).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
            task.HasMany(t => t.Updates).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
            task.HasMany(t => t.Changes).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<LedgerSubTask>(sub =>
        {
            sub.ToTable("LedgerSubTasks");
            sub.Property(s => s.Title).HasMaxLength(TaskRules.TitleMaxLength);
        });

        model.Entity<ProgressUpdate>(update =>
        {
            update.ToTable("LedgerProgressUpdates");
            update.Property(u => u.AuthorId).HasMaxLength(64);
            update.Property(u => u.AuthorName).HasMaxLength(256);
            update.Property(u => u.Text).HasMaxLength(TaskRules.DescriptionMaxLength);
            update.HasIndex(u => new { u.TaskId, u.At });
            update.HasMany(u => u.Attachments).WithOne().HasForeignKey(a => a.UpdateId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<UpdateAttachment>(attachment =>
        {
            attachment.ToTable("LedgerAttachments");
            attachment.Property(a => a.FileKey).HasMaxLength(100);
            attachment.Property(a => a.FileName).HasMaxLength(120);
            attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        });

        model.Entity<TaskChange>(change =>
        {
            change.ToTable("LedgerTaskChanges");
            change.Property(c => c.UserId).HasMaxLength(64);
            change.Property(c => c.UserName).HasMaxLength(256);
            change.Property(c => c.Field).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.OldValue).HasMaxLength(200);
            change.Property(c => c.NewValue).HasMaxLength(200);
            change.HasIndex(c => new { c.TaskId, c.At });
        });

        model.Entity<ReminderRecord>(record =>
        {
            record.ToTable("LedgerReminders");
            record.Property(r => r.RecipientId).HasMaxLength(64);
            record.HasIndex(r => new { r.TaskId, r.Day, r.RecipientId }).IsUnique();
            record.HasOne<LedgerTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<TaskNewsLink>(link =>
        {
            link.ToTable("LedgerNewsLinks");
            link.HasKey(l => new { l.TaskId, l.ContentItemId });
            link.HasOne<LedgerTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Portal.Contents.Models.ContentItem>().WithMany().HasForeignKey(l => l.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
