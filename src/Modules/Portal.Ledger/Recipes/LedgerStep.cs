using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.News.Models;

namespace Portal.Ledger.Recipes;

/// <summary>
/// Creates a ledger with its areas, tasks (numbered in order), sub-tasks, progress notes and the trail of their
/// completion; a ledger whose route exists is left as it is.
/// </summary>
internal sealed class LedgerStep(PortalDbContext db) : IRecipeStepHandler
{
    private static readonly TimeSpan NoteTime = new(10, 0, 0);
    private static readonly TimeSpan CompletionTime = new(17, 0, 0);

    public string StepName => "Ledger";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var entry = RecipeJson.Read<LedgerEntry>(step, "ledger");
        if (await db.Set<WorkLedger>().AnyAsync(l => l.Slug == entry.Slug, cancellationToken))
        {
            return;
        }

        var userNames = entry.Areas.SelectMany(a => a.Tasks).SelectMany(t => new[] { t.Owner, t.Leader }.Concat(t.Updates?.Select(u => u.By) ?? []))
            .OfType<string>().Distinct().ToList();
        var people = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, cancellationToken);
        foreach (var missing in userNames.Where(n => !people.ContainsKey(n)))
        {
            throw new InvalidOperationException($"台账配方中的用户 “{missing}” 不存在，请先创建。");
        }

        var ledger = new WorkLedger
        {
            Title = entry.Title,
            Slug = entry.Slug,
            Description = entry.Description,
            IsPublic = entry.Public,
            CreatedAt = At(entry.CreatedOn, NoteTime),
        };
        db.Add(ledger);
        await db.SaveChangesAsync(cancellationToken);

        var number = 0;
        var order = 0;
        var news = new List<(LedgerTask Task, string Slug)>();
        foreach (var areaEntry in entry.Areas)
        {
            var area = new LedgerArea { LedgerId = ledger.Id, Name = areaEntry.Name, SortOrder = order += 10 };
            db.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var taskEntry in areaEntry.Tasks)
            {
                var task = CreateTask(ledger, area, ++number, taskEntry, people);
                db.Add(task);
                news.AddRange((taskEntry.News ?? []).Select(slug => (task, slug)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var slugs = news.Select(n => n.Slug).Distinct().ToList();
        var articles = await db.Set<ArticleIndex>().Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.ContentItemId, cancellationToken);
        foreach (var (task, slug) in news)
        {
            var article = articles.TryGetValue(slug, out var id) ? id : throw new InvalidOperationException($"台账任务 “{task.Title}” 关联的文章 “{slug}” 不存在。");
            db.Add(new TaskNewsLink { TaskId = task.Id, ContentItemId = article });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static LedgerTask CreateTask(WorkLedger ledger, LedgerArea area, int number, TaskEntry entry, Dictionary<string, Core.Security.PortalUser> people)
    {
        var status = StatusRules.FromChinese(entry.Status) ?? throw new InvalidOperationException($"台账任务 “{entry.Title}” 的状态 “{entry.Status}” 无法识别。");
        var subTasks = entry.SubTasks?.Select((s, i) => new LedgerSubTask { Title = s.Title, Progress = s.Progress, SortOrder = i + 1 }).ToList() ?? [];
        var progress = ProgressRules.Effective(entry.Progress, subTasks.Select(s => s.Progress).ToList());
        var completedOn = entry.CompletedOn is { } done ? Day(done) : (DateOnly?)null;
        var values = new TaskValues(entry.Title, Day(entry.Start), Day(entry.Deadline), status, progress, completedOn, subTasks.Any(s => s.Progress < ProgressRules.Max));
        if (TaskRules.Validate(values).FirstOrDefault() is { Message: { } problem })
        {
            throw new InvalidOperationException($"台账任务 “{entry.Title}” 不符合规则：{problem}");
        }

        var owner = people[entry.Owner];
        var task = new LedgerTask
        {
            LedgerId = ledger.Id,
            AreaId = area.Id,
            Number = number,
            Title = entry.Title,
            Description = entry.Description,
            OwnerId = owner.Id,
            LeaderId = entry.Leader is { } leader ? people[leader].Id : null,
            OwnerUnits = entry.Units,
            StartDate = values.StartDate,
            Deadline = values.Deadline,
            Status = status,
            Progress = status == LedgerStatus.Done ? ProgressRules.Max : progress,
            CompletedOn = status == LedgerStatus.Done ? completedOn ?? values.Deadline : null,
            ModifiedAt = ledger.CreatedAt,
            SubTasks = subTasks,
        };

        foreach (var update in entry.Updates ?? [])
        {
            var by = people[update.By ?? entry.Owner];
            task.Updates.Add(new ProgressUpdate { At = At(update.Date, NoteTime), AuthorId = by.Id, AuthorName = by.DisplayName, Text = update.Text, IsPublic = update.Public });
        }

        if (task.CompletedOn is { } completed)
        {
            var at = At(completed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CompletionTime);
            task.Changes.Add(new TaskChange { At = at, UserId = owner.Id, UserName = owner.DisplayName, Field = TaskField.Status, OldValue = LedgerStatus.InProgress.ToChinese(), NewValue = status.ToChinese() });
            task.Changes.Add(new TaskChange { At = at, UserId = owner.Id, UserName = owner.DisplayName, Field = TaskField.CompletedOn, OldValue = TrailText.Date(null), NewValue = TrailText.Date(completed) });
            task.ModifiedAt = at;
        }

        return task;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime At(string day, TimeSpan time) => ChinaTime.FromChinaTime(Day(day).ToDateTime(TimeOnly.FromTimeSpan(time)));

    private sealed record LedgerEntry(string Title, string Slug, string? Description, bool Public, string CreatedOn, AreaEntry[] Areas);

    private sealed record AreaEntry(string Name, TaskEntry[] Tasks);

    private sealed record TaskEntry(string Title, string? Description, string Owner, string? Leader, string Units, string Start, string Deadline,
        string Status, int Progress, string? CompletedOn, UpdateEntry[]? Updates, string[]? News, SubTaskEntry[]? SubTasks);

    private sealed record UpdateEntry(string Date, string Text, bool Public, string? By);

    private sealed record SubTaskEntry(string Title, int Progress);
}
