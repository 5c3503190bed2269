using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Services;

/// <summary>
/// A task's history, newest first: progress notes with their attachments and the trail of changes.
/// For the public, internal notes and their attachments are left out; the changes of status, progress and dates stay.
/// </summary>
public sealed class TaskTimeline(PortalDbContext db)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(int taskId, bool publicOnly)
    {
        var updates = await db.Set<ProgressUpdate>().AsNoTracking().Include(u => u.Attachments)
            .Where(u => u.TaskId == taskId && (!publicOnly || u.IsPublic)).ToListAsync();
        var changes = await db.Set<TaskChange>().AsNoTracking().Where(c => c.TaskId == taskId).ToListAsync();

        var entries = new List<TimelineEntry>();
        var claimed = new HashSet<long>();
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            var saved = changes.Where(c => c.At == update.At && c.UserName == update.AuthorName && claimed.Add(c.Id)).ToList();
            entries.Add(new TimelineEntry(update.At, update.AuthorName, update.Text, update.IsPublic, Describe(saved),
                update.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentLink(a.Id, a.FileName, a.Kind.DisplayName(), a.Length)).ToList()));
        }

        entries.AddRange(changes.Where(c => !claimed.Contains(c.Id))
            .GroupBy(c => (c.At, c.UserName))
            .Select(g => new TimelineEntry(g.Key.At, g.Key.UserName, null, true, Describe(g.ToList()), [])));

        return entries.OrderByDescending(e => e.At).ToList();
    }

    private static IReadOnlyList<string> Describe(IEnumerable<TaskChange> changes) =>
        changes.OrderBy(c => c.Id).Select(TrailText.Describe).ToList();
}
