using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Quartz;

namespace Portal.Workflows.Jobs;

/// <summary>
/// The portal's scheduler: Quartz on a persistent job store in the portal's own database. On PostgreSQL the
/// scheduler is clustered, so that of several web nodes exactly one fires each trigger.
/// </summary>
public static class PortalJobs
{
    public static readonly JobKey ScheduledPublishing = new("scheduled-publishing", "portal");
    public static readonly JobKey MailOutbox = new("mail-outbox", "portal");
    public static readonly JobKey LedgerReminders = new("ledger-reminders", "portal");
    public static readonly JobKey Rules = new("rules", "portal");

    public const string ScheduledPublishingTitle = "定时发布";
    public const string MailOutboxTitle = "邮件发送";
    public const string LedgerRemindersTitle = "工作台账提醒";
    public const string RulesTitle = "规则检查";

    /// <summary>The jobs as administrators see them, in the order of the admin page.</summary>
    public static readonly IReadOnlyList<(JobKey Key, string Title)> All =
    [
        (ScheduledPublishing, ScheduledPublishingTitle),
        (MailOutbox, MailOutboxTitle),
        (LedgerReminders, LedgerRemindersTitle),
        (Rules, RulesTitle),
    ];

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var clustered = database.Provider == DatabaseProviders.PostgreSql;

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                if (clustered)
                {
                    store.UsePostgres(source => source.DataSourceFactory = provider => NpgsqlDataSource.Create(ConnectionString(provider)));
                    store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = provider =>
                        Microsoft.Data.Sqlite.SqliteFactory.Instance.CreateDataSource(ConnectionString(provider)));
                }

                store.ConfigureStore(ado => ado.TablePrefix = QuartzSchemaTask.TablePrefix);
            });

            quartz.ScheduleJob<ScheduledPublishingJob>(
                trigger => trigger.WithIdentity("scheduled-publishing", "portal").StartNow().WithSimpleSchedule(options.PublishingInterval),
                job => job.WithIdentity(ScheduledPublishing).WithDescription(ScheduledPublishingTitle));
            quartz.ScheduleJob<MailOutboxJob>(
                trigger => trigger.WithIdentity("mail-outbox", "portal").StartNow().WithSimpleSchedule(options.MailOutboxInterval),
                job => job.WithIdentity(MailOutbox).WithDescription(MailOutboxTitle));
            quartz.ScheduleJob<LedgerReminderJob>(
                trigger => trigger.WithIdentity("ledger-reminders", "portal")
                    .WithCronSchedule(options.LedgerRemindersCron, cron => cron.InTimeZone(ChinaTime.Zone)),
                job => job.WithIdentity(LedgerReminders).WithDescription(LedgerRemindersTitle));
            quartz.ScheduleJob<RulesJob>(
                trigger => trigger.WithIdentity("rules", "portal").StartNow().WithSimpleSchedule(options.RulesInterval),
                job => job.WithIdentity(Rules).WithDescription(RulesTitle));
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    private static string ConnectionString(IServiceProvider provider)
    {
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
    }
}
