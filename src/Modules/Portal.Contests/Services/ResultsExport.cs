using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Contests.Services;

/// <summary>All entries with their totals and ranks, and every judge's scorecard, as an Excel workbook with two sheets.</summary>
public sealed class ResultsExport(PortalDbContext db, ResultsService results)
{
    public async Task<byte[]> WriteAsync(Contest contest)
    {
        var attachments = await db.Set<EntryAttachment>()
            .Where(a => db.Set<ContestEntry>().Any(e => e.Id == a.EntryId && e.ContestId == contest.Id))
            .GroupBy(a => a.EntryId).Select(g => new { EntryId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EntryId, g => g.Count);
        var entrySheet = new List<Dictionary<string, object?>>();
        foreach (var track in await results.ComputeAsync(contest))
        {
            entrySheet.AddRange(track.Rows.Select(r => new Dictionary<string, object?>
            {
                ["回执号"] = r.Entry.ReceiptNumber,
                ["赛道"] = track.Track.Name,
                ["标题"] = r.Entry.Title,
                ["作者"] = r.Entry.AuthorName,
                ["单位"] = r.Entry.Unit,
                ["提交时间（北京时间）"] = r.Entry.SubmittedAt?.ToChinaTime().ToString("yyyy-MM-dd HH:mm:ss"),
                ["附件数"] = attachments.GetValueOrDefault(r.Entry.Id),
                ["评委数"] = r.Judges,
                ["已提交评分"] = r.Submitted,
                ["总分"] = r.Ranking?.Total,
                ["名次"] = r.Ranking is { } ranking ? (ranking.IsTie ? $"{ranking.Rank}（并列）" : ranking.Rank.ToString()) : null,
                ["奖项"] = r.Entry.Award,
            }));
        }

        var criteria = contest.Tracks.SelectMany(t => t.Criteria).ToDictionary(c => c.Id);
        var assignments = await db.Set<JudgeAssignment>().AsNoTracking().Include(a => a.Entry).Include(a => a.Scores)
            .Where(a => a.Entry!.ContestId == contest.Id).OrderBy(a => a.EntryId).ThenBy(a => a.JudgeName).ToListAsync();
        var scoreSheet = assignments.Select(a => new Dictionary<string, object?>
        {
            ["回执号"] = a.Entry!.ReceiptNumber,
            ["标题"] = a.Entry.Title,
            ["评委"] = a.JudgeName,
            ["状态"] = a.IsSubmitted ? "已提交" : "未提交",
            ["提交时间（北京时间）"] = a.SubmittedAt?.ToChinaTime().ToString("yyyy-MM-dd HH:mm:ss"),
            ["评分明细"] = string.Join("；", a.Scores.OrderBy(s => criteria[s.CriterionId].SortOrder)
                .Select(s => $"{criteria[s.CriterionId].Name} {s.Value}/{criteria[s.CriterionId].Weight}")),
            ["评语"] = a.Comment,
        }).ToList();

        var sheets = new Dictionary<string, object>
        {
            ["参赛作品"] = entrySheet.Count > 0 ? entrySheet : [new Dictionary<string, object?> { ["回执号"] = "（暂无作品）" }],
            ["评分"] = scoreSheet.Count > 0 ? scoreSheet : [new Dictionary<string, object?> { ["回执号"] = "（暂无评分）" }],
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets);
        return stream.ToArray();
    }
}
