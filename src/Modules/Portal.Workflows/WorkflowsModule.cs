using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Handlers;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Notifications;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Workflows.Handlers;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Recipes;
using Portal.Workflows.Services;

namespace Portal.Workflows;

/// <summary>
/// Editorial review, notifications with a mail outbox, and the portal's scheduled jobs on Quartz (scheduled
/// publishing, ledger reminders, mail sending). Search indexing stays a per-node service in Search: every node
/// keeps its own index, and a clustered job would run on one node only.
/// </summary>
public sealed class WorkflowsModule : IPortalModule
{
    public string Id => "Workflows";

    public IEnumerable<string> DependsOn => ["Contents", "Ledger"];

    public IEnumerable<Permission> Permissions => WorkflowsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants => [new(BuiltInRoles.Editor, WorkflowsPermissions.ReviewContent)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<Notifier>();
        services.AddScoped<ReviewService>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<IUnreadNotificationSource>(provider => provider.GetRequiredService<NotificationInbox>());
        services.AddScoped<IContentHandler, ReviewSubmissionHandler>();
        services.AddScoped<IRecipeStepHandler, WorkflowsDemoStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<IStartupTask, QuartzSchemaTask>();
        services.AddPortalJobs(configuration);
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<ReviewEntry>(entry =>
        {
            entry.ToTable("ReviewEntries");
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.Comment).HasMaxLength(500);
            entry.Property(e => e.ActorId).HasMaxLength(64);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.HasIndex(e => new { e.ContentItemId, e.At });
            entry.HasOne<Portal.Contents.Models.ContentItem>().WithMany().HasForeignKey(e => e.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.Property(n => n.UserId).HasMaxLength(64);
            notification.Property(n => n.Title).HasMaxLength(300);
            notification.Property(n => n.Body).HasMaxLength(2000);
            notification.Property(n => n.Url).HasMaxLength(300);
            notification.HasIndex(n => new { n.UserId, n.ReadAt });
            notification.HasIndex(n => new { n.UserId, n.CreatedAt });
        });

        model.Entity<OutboxMail>(mail =>
        {
            mail.ToTable("OutboxMails");
            mail.Property(m => m.ToAddress).HasMaxLength(256);
            mail.Property(m => m.ToName).HasMaxLength(256);
            mail.Property(m => m.Subject).HasMaxLength(300);
            mail.Property(m => m.Body).HasMaxLength(4000);
            mail.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            mail.Property(m => m.LastError).HasMaxLength(1000);
            mail.HasIndex(m => new { m.Status, m.NextAttemptAt });
        });

        model.Entity<JobFailure>(failure =>
        {
            failure.ToTable("JobFailures");
            failure.Property(f => f.JobName).HasMaxLength(100);
            failure.Property(f => f.Error).HasMaxLength(2000);
            failure.HasIndex(f => f.FailedAt);
        });
    }
}
