using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Contests.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Ledger.Models;
using Portal.News.Models;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>Reads what a rule needs to know about the thing that triggered it.</summary>
public sealed class RuleSubjects(PortalDbContext db, ContestQueries contests)
{
    public async Task<RuleSubject> ForContentAsync(ContentItem item, string title)
    {
        var typeName = ContentTypeDirectory.NameOf(item.ContentType);
        var columnId = await db.Set<ArticleIndex>().Where(i => i.ContentItemId == item.Id).Select(i => (int?)i.ColumnId).FirstOrDefaultAsync();
        return new RuleSubject(RuleSubjectKind.Content, $"{typeName}《{title}》", title, ContentTypeDirectory.EditUrl(item.ContentType, item.Id))
        {
            PeopleIds = [item.OwnerId],
            ContentType = item.ContentType,
            ContentItemId = item.Id,
            ColumnId = columnId,
        };
    }

    /// <summary>The item as it is now, deleted or not, under the title of its latest version.</summary>
    public async Task<RuleSubject?> ForContentAsync(long itemId)
    {
        var item = await db.Set<ContentItem>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId);
        var title = await db.Set<ContentVersion>().Where(v => v.ContentItemId == itemId).OrderByDescending(v => v.Number).Select(v => v.Title)
            .FirstOrDefaultAsync();
        return item is null || title is null ? null : await ForContentAsync(item, title);
    }

    /// <summary>What a run was about, read again to try the run once more; null when it is gone.</summary>
    public async Task<RuleSubject?> ForOccasionAsync(RuleTrigger trigger, string occasion) =>
        RuleTriggers.SubjectOf(trigger) is RuleSubjectKind.None
            ? RuleSubject.Nothing
            : RuleOccasions.SubjectId(occasion) is not { } id
                ? null
                : RuleTriggers.SubjectOf(trigger) switch
                {
                    RuleSubjectKind.Content => await ForContentAsync(id),
                    RuleSubjectKind.Entry => await ForEntryAsync(id),
                    RuleSubjectKind.Contest => await ForContestAsync(id),
                    RuleSubjectKind.Task => await db.Set<LedgerTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id) is { } task ? ForTask(task) : null,
                    _ => null,
                };

    public async Task<RuleSubject?> ForEntryAsync(long entryId)
    {
        var entry = await db.Set<ContestEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId);
        var contest = entry is null ? null : await contests.FindAsync(entry.ContestId);
        if (entry is null || contest is null)
        {
            return null;
        }

        var track = contest.Tracks.First(t => t.Id == entry.TrackId);
        return new RuleSubject(RuleSubjectKind.Entry, $"{track.Name}作品《{entry.Title}》（{entry.ReceiptNumber}）", entry.Title,
            $"/admin/contests/{contest.Id}/entries")
        {
            PeopleIds = string.IsNullOrEmpty(entry.AuthorId) ? [] : [entry.AuthorId],
            EntryId = entry.Id,
            ContestId = contest.Id,
            Due = contest.ClosesAt.ToChinaTime().ToString("yyyy-MM-dd HH:mm"),
        };
    }

    public async Task<RuleSubject?> ForContestAsync(long contestId)
    {
        var contest = await contests.FindAsync(contestId);
        if (contest is null)
        {
            return null;
        }

        var title = await contests.TitleAsync(contest);
        var slug = await contests.SlugAsync(contest);
        return new RuleSubject(RuleSubjectKind.Contest, $"征文活动《{title}》", title, $"/contests/{slug}")
        {
            ContestId = contest.Id,
            Due = contest.ClosesAt.ToChinaTime().ToString("yyyy-MM-dd HH:mm"),
        };
    }

    public static RuleSubject ForTask(LedgerTask task) =>
        new(RuleSubjectKind.Task, $"第 {task.Number} 项任务《{task.Title}》", task.Title, $"/admin/ledger/tasks/{task.Id}")
        {
            PeopleIds = task.LeaderId is null ? [task.OwnerId] : [task.OwnerId, task.LeaderId],
            LedgerAreaId = task.AreaId,
            Due = task.Deadline.ToString("yyyy-MM-dd"),
        };
}
