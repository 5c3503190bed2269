using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>Does what a rule says, in the order of the form; returns what was done, for the run log.</summary>
public sealed class RuleActions(
    PortalDbContext db,
    PeopleDirectory people,
    Notifier notifier,
    ContentManager content,
    GoldenIdeaAdoption adoption,
    IAuditLog audit)
{
    public async Task<IReadOnlyList<string>> ExecuteAsync(WorkflowRule rule, RuleSubject subject, CancellationToken cancellationToken)
    {
        var done = new List<string>();
        if (rule.Publication != PublicationChange.None && subject.ContentItemId is { } itemId)
        {
            done.Add(await ChangePublicationAsync(rule.Publication, itemId));
        }

        if (rule.AdoptGoldenIdea)
        {
            var numbers = await adoption.AdoptAsync(rule, subject);
            done.Add(numbers.Count == 0 ? "没有待采纳的金点子" : $"金点子已转为台账任务：第 {string.Join("、", numbers)} 项");
        }

        if (RuleValidation.HasRecipients(rule))
        {
            var recipients = await RecipientsAsync(rule, subject, cancellationToken);
            var count = notifier.Notify(recipients, RuleMessage.Title(rule, subject), RuleMessage.Compose(rule, subject), subject.Url, rule.NotifyByMail);
            done.Add(rule.NotifyByMail ? $"已通知 {count} 人（站内消息和邮件）" : $"已通知 {count} 人（站内消息）");
        }

        if (rule.WriteAuditLog)
        {
            audit.Record("规则运行", "规则", rule.Id.ToString(), $"《{rule.Name}》：{subject.Description}");
            done.Add("已写入操作日志");
        }

        return done;
    }

    private async Task<string> ChangePublicationAsync(PublicationChange change, long itemId)
    {
        var item = await content.FindAsync(itemId) ?? throw new RuleActionException("内容不存在或已被删除，无法发布或撤下。");
        var outcome = change == PublicationChange.Publish
            ? await content.PublishAsync(item.Id, item.ConcurrencyStamp)
            : await content.UnpublishAsync(item.Id, item.ConcurrencyStamp);
        return outcome.Succeeded
            ? change == PublicationChange.Publish ? "已发布" : "已撤下"
            : throw new RuleActionException(outcome.Message ?? "发布或撤下未成功。");
    }

    private async Task<List<PortalUser>> RecipientsAsync(WorkflowRule rule, RuleSubject subject, CancellationToken cancellationToken)
    {
        var recipients = await people.InRolesAsync(RuleLists.Split(rule.NotifyRoles), cancellationToken);
        var userNames = RuleLists.Split(rule.NotifyUsers);
        if (userNames.Count > 0)
        {
            recipients.AddRange(await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!) && !u.IsDisabled).ToListAsync(cancellationToken));
        }

        if (rule.NotifySubjectPeople && subject.PeopleIds.Count > 0)
        {
            recipients.AddRange(await people.ByIdsAsync(subject.PeopleIds, cancellationToken));
        }

        return recipients;
    }
}
