using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Services;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Takes golden ideas (金点子) into the work ledger as tasks of the rule's area, owner and time limit, each idea once:
/// the submitted one, or the awarded ones of a contest whose results were published.
/// </summary>
public sealed class GoldenIdeaAdoption(PortalDbContext db, TaskEditor tasks, TimeProvider clock)
{
    /// <returns>The numbers of the tasks created.</returns>
    public async Task<IReadOnlyList<int>> AdoptAsync(WorkflowRule rule, RuleSubject subject)
    {
        var ideas = await IdeasAsync(subject);
        var area = await db.Set<LedgerArea>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == rule.AdoptAreaId)
            ?? throw new RuleActionException("规则所选的台账方面已不存在，请修改规则。");
        var created = new List<int>();
        foreach (var idea in ideas)
        {
            var today = BeijingDay.Today(clock);
            var number = (await db.Set<LedgerTask>().Where(t => t.LedgerId == area.LedgerId).MaxAsync(t => (int?)t.Number) ?? 0) + 1;
            var outcome = await tasks.CreateAsync(area.LedgerId, new TaskInput(area.Id, number, idea.Title.Clip(TaskRules.TitleMaxLength),
                Description(idea).Clip(TaskRules.DescriptionMaxLength), null, rule.AdoptOwnerUnits!.Trim(), rule.AdoptOwnerId!, today,
                today.AddDays(rule.AdoptDeadlineDays ?? 90), LedgerStatus.NotStarted, 0, null));
            if (!outcome.Succeeded)
            {
                throw new RuleActionException($"金点子《{idea.Title}》未能转为任务：{string.Join("；", outcome.Errors.Select(e => e.Message))}");
            }

            db.Add(new AdoptedIdea { EntryId = idea.Id, TaskId = outcome.Task!.Id, RuleId = rule.Id, AdoptedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
            created.Add(outcome.Task.Number);
        }

        return created;
    }

    private async Task<List<ContestEntry>> IdeasAsync(RuleSubject subject)
    {
        var goldenIdeaTracks = db.Set<ContestTrack>().Where(t => t.Kind == TrackKind.GoldenIdea).Select(t => t.Id);
        var adopted = db.Set<AdoptedIdea>().Select(a => a.EntryId);
        var entries = db.Set<ContestEntry>().AsNoTracking()
            .Where(e => e.Status == EntryStatus.Submitted && goldenIdeaTracks.Contains(e.TrackId) && !adopted.Contains(e.Id));
        entries = subject.Kind == RuleSubjectKind.Entry
            ? entries.Where(e => e.Id == subject.EntryId)
            : entries.Where(e => e.ContestId == subject.ContestId && e.Award != null);
        return await entries.OrderBy(e => e.Id).ToListAsync();
    }

    private static string Description(ContestEntry idea) =>
        $"来源：金点子（回执号 {idea.ReceiptNumber}，{idea.AuthorName}{(string.IsNullOrEmpty(idea.Unit) ? "" : "，" + idea.Unit)}）。\n"
        + $"问题：{idea.Problem}\n建议：{idea.Suggestion}\n预期效果：{idea.ExpectedEffect}";
}
