using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Services;
using Portal.Testing;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

/// <summary>
/// Each background consumer with one entry that throws: the entries after it are handled in the same pass, the bad one
/// is tried again after a pause and parked after its last attempt, shown at /admin/jobs with its error, and its retry
/// button makes it go through once the cause is gone.
/// </summary>
public sealed class PoisonEntryTests(PoisonPortal portal) : IClassFixture<PoisonPortal>
{
    private const string MailQueue = "邮件发送队列";
    private const string JobQueue = "定时任务";

    private DateTime Now => portal.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_mail_the_server_refuses_holds_up_no_other_and_is_sent_by_the_retry_button_once_the_server_takes_it()
    {
        const string refused = "refused@poison.invalid";
        portal.MailServer.Refused[refused] = true;
        var first = await QueueMailAsync("first@poison.invalid", "毒信测试：第一封");
        var poisoned = await QueueMailAsync(refused, "毒信测试：被拒收的一封");
        var last = await QueueMailAsync("last@poison.invalid", "毒信测试：最后一封");

        await SendMailsAsync();

        Assert.Equal(OutboxStatus.Sent, (await MailAsync(first)).Status);
        Assert.Equal(OutboxStatus.Sent, (await MailAsync(last)).Status);
        await RefusedMailIsParkedThenSentByTheRetryButtonAsync(poisoned, refused);
    }

    [Fact]
    public async Task A_scheduled_item_whose_publication_breaks_holds_up_no_other_and_is_published_by_the_retry_button_once_mended()
    {
        const string brokenTitle = "毒稿测试：发布出错的一篇";
        var at = Now.AddMinutes(10);
        var first = await ScheduleAsync("毒稿测试：第一篇", at);
        var broken = await ScheduleAsync(brokenTitle, at);
        var last = await ScheduleAsync("毒稿测试：最后一篇", at);
        portal.BrokenTitles[brokenTitle] = true;
        var before = await portal.QueueAsync(JobQueue);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));

        await PublishDueAsync();

        Assert.Equal(ContentStatus.Published, await StatusAsync(first));
        Assert.Equal(ContentStatus.Published, await StatusAsync(last));
        Assert.Equal(ContentStatus.Scheduled, await StatusAsync(broken));
        var name = $"定时发布 · 内容 {broken}";
        var failure = Assert.Single(await FailuresAsync(name));
        Assert.Equal((1, false, Now), (failure.Attempt, failure.GaveUp, failure.FailedAt));
        Assert.Equal($"《{brokenTitle}》：InvalidOperationException: 发布处理程序无法处理《{brokenTitle}》", failure.Error);
        Assert.Equal((before.Pending + 1, before.Parked), Counts(await portal.QueueAsync(JobQueue)));

        // Tried again a minute later, not before; then ten minutes later, when the third failure parks it.
        await PublishDueAsync();
        portal.Clock.Advance(TimeSpan.FromSeconds(59));
        await PublishDueAsync();
        Assert.Single(await FailuresAsync(name));
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await PublishDueAsync();
        Assert.Equal(2, (await FailuresAsync(name)).Count);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await PublishDueAsync();
        portal.Clock.Advance(TimeSpan.FromHours(2));
        await PublishDueAsync();

        var failures = await FailuresAsync(name);
        Assert.Equal([(1, false), (2, false), (3, true)], failures.Select(f => (f.Attempt, f.GaveUp)));
        Assert.Equal(ContentStatus.Scheduled, await StatusAsync(broken));
        Assert.Equal((before.Pending, before.Parked + 1), Counts(await portal.QueueAsync(JobQueue)));

        var retry = $"/admin/jobs/items/{failures[^1].Id}/retry";
        var admin = await PortalClient.SignedInAsync(portal.App, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var page = await JobsPageAsync(admin);
        Assert.Contains($"内容 {broken}", page);
        Assert.Contains(failures[^1].Error, page);
        Assert.Contains($"action=\"{retry}\"", page);

        portal.BrokenTitles.TryRemove(brokenTitle, out _);
        await PressRetryAsync(admin, retry, "已重新排入，“定时发布”下一次运行时再试。");
        Assert.Empty(await FailuresAsync(name));
        await PublishDueAsync();

        Assert.Equal(ContentStatus.Published, await StatusAsync(broken));
        Assert.Equal(Counts(before), Counts(await portal.QueueAsync(JobQueue)));
        Assert.Contains(await AuditAsync("重试任务项"), summary => summary.StartsWith(name));
    }

    [Fact]
    public async Task A_rule_whose_action_breaks_for_one_task_runs_for_the_others_and_for_it_after_the_retry_button_once_mended()
    {
        const string refused = "rule-refused@poison.invalid";
        var tasks = await OverdueTasksAsync("毒规则测试方面",
            (DemoAccounts.Editor, "rule-first@poison.invalid"), (DemoAccounts.SecondEditor, refused), (DemoAccounts.Author, "rule-last@poison.invalid"));
        var rule = await RuleDriver.AddRuleAsync(portal.App.Services, new WorkflowRule
        {
            Name = "毒规则测试：逾期任务邮件告知责任人",
            Trigger = RuleTrigger.TaskOverdue,
            LedgerAreaId = tasks[0].AreaId,
            NotifySubjectPeople = true,
            NotifyByMail = true,
        });
        portal.RefusedByQueue[refused] = true;
        var before = await portal.QueueAsync(JobQueue);

        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);

        var runs = await RuleDriver.RunsAsync(portal.App.Services, rule.Id);
        Assert.Equal(tasks.Select(t => $"task:{t.Id}:overdue:{t.Deadline:yyyyMMdd}"), runs.Select(r => r.Occasion));
        Assert.Equal([RuleRunOutcome.Succeeded, RuleRunOutcome.Failed, RuleRunOutcome.Succeeded], runs.Select(r => r.Outcome));
        var failed = runs[1];
        Assert.Equal((1, $"InvalidOperationException: 发往 {refused} 的邮件无法排队"), (failed.Attempts, failed.Error));
        Assert.Equal((before.Pending + 1, before.Parked), Counts(await portal.QueueAsync(JobQueue)));

        // Tried again a minute later, not before; then ten minutes later, when the third failure parks it.
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        portal.Clock.Advance(TimeSpan.FromSeconds(59));
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        Assert.Equal(1, (await RunAsync(failed.Id)).Attempts);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        Assert.Equal(2, (await RunAsync(failed.Id)).Attempts);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        portal.Clock.Advance(TimeSpan.FromHours(2));
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);

        var parked = await RunAsync(failed.Id);
        Assert.Equal((RuleRunOutcome.Failed, 3), (parked.Outcome, parked.Attempts));
        Assert.Equal((before.Pending, before.Parked + 1), Counts(await portal.QueueAsync(JobQueue)));

        var retry = $"/admin/jobs/runs/{failed.Id}/retry";
        var admin = await PortalClient.SignedInAsync(portal.App, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var page = await JobsPageAsync(admin);
        Assert.Contains($"规则《{rule.Name}》：第 {tasks[1].Number} 项任务《{tasks[1].Title}》", page);
        Assert.Contains(parked.Error!, page);
        Assert.Contains($"action=\"{retry}\"", page);

        portal.RefusedByQueue.TryRemove(refused, out _);
        await PressRetryAsync(admin, retry, "已重新排入，“规则检查”下一次运行时再试。");
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);

        var done = await RunAsync(failed.Id);
        Assert.Equal((RuleRunOutcome.Succeeded, 1, null), (done.Outcome, done.Attempts, done.Error));
        Assert.Contains(await RuleDriver.NotificationsAsync(portal.App.Services, DemoAccounts.SecondEditor), n => n.StartsWith($"{rule.Name}：{tasks[1].Title}|"));
        Assert.Equal(1, await portal.InDbAsync(db => db.Set<OutboxMail>().CountAsync(m => m.ToAddress == refused)));
        Assert.Equal(Counts(before), Counts(await portal.QueueAsync(JobQueue)));
        Assert.Contains(await AuditAsync("重试规则运行"), summary => summary.StartsWith($"规则《{rule.Name}》"));
    }

    [Fact]
    public async Task A_reminder_that_cannot_be_queued_or_sent_holds_up_no_other_and_goes_out_once_the_cause_is_gone()
    {
        const string unqueued = "reminder-unqueued@poison.invalid";
        const string refused = "reminder-refused@poison.invalid";
        var tasks = await DueTasksAsync("毒提醒测试方面",
            (DemoAccounts.Judge, "reminder-first@poison.invalid"), (DemoAccounts.Delegate, unqueued), (DemoAccounts.Admin, refused));
        portal.RefusedByQueue[unqueued] = true;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(QueueRemindersAsync);

        Assert.Contains($"第 {tasks[1].Number} 项任务给责任人的提醒：InvalidOperationException: 发往 {unqueued} 的邮件无法排队", error.Message);
        Assert.Equal(1, await RemindersQueuedAsync("reminder-first@poison.invalid", tasks[0]));
        Assert.Equal(1, await RemindersQueuedAsync(refused, tasks[2]));
        Assert.Equal(0, await RemindersQueuedAsync(unqueued, tasks[1]));

        // The job's next run (Quartz fires it again after a failed run) queues what was left, and nothing twice.
        portal.RefusedByQueue.TryRemove(unqueued, out _);
        Assert.Equal(1, await QueueRemindersAsync());
        Assert.Equal(1, await RemindersQueuedAsync(unqueued, tasks[1]));
        Assert.Equal(1, await RemindersQueuedAsync("reminder-first@poison.invalid", tasks[0]));

        portal.MailServer.Refused[refused] = true;
        await SendMailsAsync();

        Assert.Contains(portal.MailServer.Delivered, m => m.ToAddress == "reminder-first@poison.invalid");
        Assert.Contains(portal.MailServer.Delivered, m => m.ToAddress == unqueued);
        var poisoned = await portal.InDbAsync(db => db.Set<OutboxMail>().Where(m => m.ToAddress == refused).Select(m => m.Id).SingleAsync());
        await RefusedMailIsParkedThenSentByTheRetryButtonAsync(poisoned, refused);
    }

    /// <summary>
    /// A mail refused once is tried again after 1, 5, 15 and 60 minutes, never sooner, and parked by its fifth failure;
    /// the admin shows it, and once the server takes it the retry button sends it, once.
    /// </summary>
    private async Task RefusedMailIsParkedThenSentByTheRetryButtonAsync(long id, string address)
    {
        var waiting = await MailAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Equal($"IOException: 邮件服务器拒收发往 {address} 的邮件", waiting.LastError);
        Assert.Equal(Now.AddMinutes(1), waiting.NextAttemptAt);
        var before = await portal.QueueAsync(MailQueue);

        await SendMailsAsync();
        portal.Clock.Advance(TimeSpan.FromSeconds(59));
        await SendMailsAsync();
        Assert.Equal(1, (await MailAsync(id)).Attempts);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await SendMailsAsync();
        Assert.Equal(2, (await MailAsync(id)).Attempts);
        foreach (var pause in new[] { 5, 15, 60 })
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(pause));
            await SendMailsAsync();
        }

        portal.Clock.Advance(TimeSpan.FromHours(2));
        await SendMailsAsync();
        var parked = await MailAsync(id);
        Assert.Equal((OutboxStatus.Failed, 5), (parked.Status, parked.Attempts));
        Assert.Equal(before.Parked + 1, (await portal.QueueAsync(MailQueue)).Parked);

        var retry = $"/admin/jobs/mails/{id}/retry";
        var admin = await PortalClient.SignedInAsync(portal.App, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var page = await JobsPageAsync(admin);
        Assert.Contains(parked.Subject, page);
        Assert.Contains(parked.LastError!, page);
        Assert.Contains($"action=\"{retry}\"", page);

        portal.MailServer.Refused.TryRemove(address, out _);
        await PressRetryAsync(admin, retry, "已重新放入发送队列。");
        Assert.Equal(before.Parked, (await portal.QueueAsync(MailQueue)).Parked);
        await SendMailsAsync();

        Assert.Equal(OutboxStatus.Sent, (await MailAsync(id)).Status);
        Assert.Single(portal.MailServer.Delivered, m => m.ToAddress == address);
        Assert.Contains(await AuditAsync("重新发送邮件"), summary => summary.StartsWith($"发给 {address} 的《{parked.Subject}》"));
    }

    private static (int Pending, int Parked) Counts(Portal.Core.Queues.QueueStatus status) => (status.Pending, status.Parked);

    private static async Task<string> JobsPageAsync(PortalClient admin) => WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/jobs"));

    private static async Task PressRetryAsync(PortalClient admin, string action, string message)
    {
        var response = await admin.PostFormAsync("/admin/jobs", action, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, await JobsPageAsync(admin));
    }

    private async Task<long> QueueMailAsync(string address, string subject) =>
        await portal.InDbAsync(async db =>
        {
            var mail = new OutboxMail { ToAddress = address, ToName = "某人", Subject = subject, Body = "正文", CreatedAt = Now, NextAttemptAt = Now };
            db.Add(mail);
            await db.SaveChangesAsync();
            return mail.Id;
        });

    private Task<int> SendMailsAsync() => portal.InScopeAsync(services => services.GetRequiredService<OutboxSender>().SendDueAsync());

    private Task<OutboxMail> MailAsync(long id) => portal.InDbAsync(db => db.Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Id == id));

    private Task<int> QueueRemindersAsync() => portal.InScopeAsync(services => services.GetRequiredService<ReminderService>().QueueDueRemindersAsync());

    private Task<int> RemindersQueuedAsync(string address, LedgerTask task) =>
        portal.InDbAsync(db => db.Set<OutboxMail>().CountAsync(m => m.ToAddress == address && m.Subject.Contains($"第 {task.Number} 项“")));

    private Task<long> ScheduleAsync(string title, DateTime at) =>
        portal.InScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var created = await contents.CreateAsync("Article", new ContentDraft(title, "正文。"));
            Assert.Equal(ContentStatus.Scheduled, (await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp, at)).Item!.Status);
            return created.Item.Id;
        });

    private Task<int> PublishDueAsync() => portal.InScopeAsync(services => services.GetRequiredService<ScheduledPublisher>().PublishDueAsync());

    private Task<ContentStatus> StatusAsync(long id) => portal.InDbAsync(db => db.Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private Task<List<JobFailure>> FailuresAsync(string name) =>
        portal.InDbAsync(db => db.Set<JobFailure>().AsNoTracking().Where(f => f.JobName == name).OrderBy(f => f.Attempt).ToListAsync());

    private Task<RuleRun> RunAsync(long id) => portal.InDbAsync(db => db.Set<RuleRun>().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<string>> AuditAsync(string action) =>
        portal.InDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).Select(e => e.Summary).ToListAsync());

    /// <summary>Three open tasks, overdue by three, two and one days, in an area of their own, each owned by one of the people given the address given.</summary>
    private Task<List<LedgerTask>> OverdueTasksAsync(string area, params (string UserName, string Email)[] owners) =>
        OpenTasksAsync(area, index => BeijingDay.Today(portal.Clock).AddDays(index - owners.Length), owners);

    /// <summary>Three open tasks due tomorrow, in an area of their own, each owned by one of the people given the address given.</summary>
    private Task<List<LedgerTask>> DueTasksAsync(string area, params (string UserName, string Email)[] owners) =>
        OpenTasksAsync(area, _ => BeijingDay.Today(portal.Clock).AddDays(1), owners);

    /// <summary>Done tasks of the demo ledger opened again with the deadlines given, in order; no other test uses them.</summary>
    private Task<List<LedgerTask>> OpenTasksAsync(string areaName, Func<int, DateOnly> deadline, (string UserName, string Email)[] owners) =>
        portal.InDbAsync(async db =>
        {
            var ledgerId = await db.Set<LedgerTask>().Where(t => t.Status == LedgerStatus.Done).OrderBy(t => t.Id).Select(t => t.LedgerId).FirstAsync();
            var tasks = await db.Set<LedgerTask>().Where(t => t.Status == LedgerStatus.Done && t.LedgerId == ledgerId).OrderBy(t => t.Id)
                .Take(owners.Length).ToListAsync();
            var area = new LedgerArea { LedgerId = tasks[0].LedgerId, Name = areaName, SortOrder = 99 };
            db.Add(area);
            await db.SaveChangesAsync();
            for (var i = 0; i < owners.Length; i++)
            {
                var user = await db.Users.SingleAsync(u => u.UserName == owners[i].UserName);
                user.Email = owners[i].Email;
                user.NormalizedEmail = user.Email.ToUpperInvariant();
                (tasks[i].Status, tasks[i].Progress, tasks[i].CompletedOn) = (LedgerStatus.InProgress, 50, null);
                (tasks[i].AreaId, tasks[i].OwnerId, tasks[i].LeaderId, tasks[i].Deadline) = (area.Id, user.Id, null, deadline(i));
            }

            await db.SaveChangesAsync();
            return tasks;
        });
}
