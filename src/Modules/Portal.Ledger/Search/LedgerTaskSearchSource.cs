using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Search;

namespace Portal.Ledger.Search;

/// <summary>
/// The tasks of public ledgers in the site search: title, description, owner units and deadline, under their area.
/// The status is left out: it turns 逾期 with the calendar, without a change that would refresh the index.
/// </summary>
internal sealed class LedgerTaskSearchSource(PortalDbContext db) : ISearchDocumentSource
{
    public const string Kind = "LedgerTask";

    public const string Category = "工作台账";

    private const float RecordWeight = 0.5f;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken)
    {
        if (!int.TryParse(key, out var id))
        {
            return null;
        }

        var row = await PublicTasks(db.Set<LedgerTask>().Where(task => task.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Describe(row);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in await PublicTasks(db.Set<LedgerTask>()).ToListAsync(cancellationToken))
        {
            yield return Describe(row);
        }
    }

    /// <summary>
    /// The given tasks of public ledgers. Filter the tasks before they come here: EF cannot translate a condition on
    /// a member of the <see cref="PublicTask"/> built in the projection.
    /// </summary>
    private IQueryable<PublicTask> PublicTasks(IQueryable<LedgerTask> tasks) =>
        from task in tasks.AsNoTracking()
        join ledger in db.Set<WorkLedger>() on task.LedgerId equals ledger.Id
        join area in db.Set<LedgerArea>() on task.AreaId equals area.Id
        where ledger.IsPublic
        select new PublicTask(task, ledger.Slug, area.Name);

    private static SearchDocument Describe(PublicTask row)
    {
        var text = string.Join("\n", new[] { $"责任单位：{row.Task.OwnerUnits}", $"完成时限：{row.Task.Deadline:yyyy-MM-dd}", row.Task.Description }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        return new SearchDocument(Kind, row.Task.Id.ToString(), "工作任务", $"第 {row.Task.Number} 项 {row.Task.Title}", text,
            $"/ledger/{row.LedgerSlug}/tasks/{row.Task.Number}", row.Task.ModifiedAt, [Category, row.AreaName], Weight: RecordWeight);
    }

    private sealed record PublicTask(LedgerTask Task, string LedgerSlug, string AreaName);
}
