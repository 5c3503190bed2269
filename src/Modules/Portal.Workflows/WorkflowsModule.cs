using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Handlers;
using Portal.Contests.Events;
using Portal.Core.Events;
using Portal.Core.Hosting;
using Portal.Core.Mail;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Notifications;
using Portal.Core.Queues;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Workflows.Handlers;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Recipes;
using Portal.Workflows.Services;

namespace Portal.Workflows;

/// <summary>
/// Editorial review, rules that administrators keep (trigger, conditions, actions, run log), notifications with a
/// mail outbox, and the portal's scheduled jobs on Quartz (scheduled publishing, ledger reminders, timed rules, mail
/// sending). Search indexing stays a per-node service in Search: every node
/// keeps its own index, and a clustered job would run on one node only.
/// </summary>
public sealed class WorkflowsModule : IPortalModule
{
    public string Id => "Workflows";

    public IEnumerable<string> DependsOn => ["Contents", "Contests", "Ledger"];

    public IEnumerable<Permission> Permissions => WorkflowsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants => [new(BuiltInRoles.Editor, WorkflowsPermissions.ReviewContent)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddScoped<Notifier>();
        services.AddScoped<ReviewService>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<IUnreadNotificationSource>(provider => provider.GetRequiredService<NotificationInbox>());
        services.AddScoped<IContentHandler, ReviewSubmissionHandler>();
        services.AddScoped<RuleSubjects>();
        services.AddScoped<RuleActions>();
        services.AddScoped<GoldenIdeaAdoption>();
        services.AddScoped<RuleRunner>();
        services.AddScoped<RuleEngine>();
        services.AddScoped<RuleScheduler>();
        services.AddScoped<RuleEditor>();
        services.AddScoped<RuleChoiceQueries>();
        services.AddScoped<IContentHandler, RuleContentHandler>();
        services.AddScoped<RuleContestHandler>();
        services.AddScoped<IPortalEventHandler<EntrySubmitted>>(provider => provider.GetRequiredService<RuleContestHandler>());
        services.AddScoped<IPortalEventHandler<ResultsPublished>>(provider => provider.GetRequiredService<RuleContestHandler>());
        services.AddScoped<IRecipeStepHandler, WorkflowRulesStep>();
        services.AddScoped<IRecipeStepHandler, WorkflowsDemoStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<JobItemRunner>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<ParkedEntries>();
        services.AddScoped<IQueueMonitor, MailOutboxMonitor>();
        services.AddScoped<IQueueMonitor, JobsMonitor>();
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

        model.Entity<WorkflowRule>(rule =>
        {
            rule.ToTable("WorkflowRules");
            rule.Property(r => r.Name).HasMaxLength(100);
            rule.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(32);
            rule.Property(r => r.Schedule).HasMaxLength(100);
            rule.Property(r => r.ContentType).HasMaxLength(64);
            rule.Property(r => r.NotifyRoles).HasMaxLength(500);
            rule.Property(r => r.NotifyUsers).HasMaxLength(500);
            rule.Property(r => r.Message).HasMaxLength(500);
            rule.Property(r => r.Publication).HasConversion<string>().HasMaxLength(16);
            rule.Property(r => r.AdoptOwnerId).HasMaxLength(64);
            rule.Property(r => r.AdoptOwnerUnits).HasMaxLength(100);
            rule.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            rule.HasIndex(r => new { r.Enabled, r.Trigger });
        });

        model.Entity<RuleRun>(run =>
        {
            run.ToTable("RuleRuns");
            run.Property(r => r.RuleName).HasMaxLength(100);
            run.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(32);
            run.Property(r => r.Occasion).HasMaxLength(200);
            run.Property(r => r.Subject).HasMaxLength(300);
            run.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
            run.Property(r => r.Detail).HasMaxLength(2000);
            run.Property(r => r.Error).HasMaxLength(2000);
            run.HasIndex(r => new { r.RuleId, r.Occasion }).IsUnique();
            run.HasIndex(r => r.StartedAt);
        });

        model.Entity<AdoptedIdea>(idea =>
        {
            idea.ToTable("AdoptedIdeas");
            idea.HasKey(i => i.EntryId);
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
