using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>A year's attendance, leave, absences and reflections per person and per branch, on screen and in Excel.</summary>
public sealed class StatisticsService(PortalDbContext db, StudyPeople people, TimeProvider clock)
{
    public async Task<StudyFigures> ComputeAsync(int year)
    {
        var (from, to) = YearBounds(year);
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.Set<StudySession>().AsNoTracking().Where(s => s.StartsAt >= from && s.StartsAt < to).ToListAsync();
        var ids = sessions.Select(s => s.Id).ToList();
        var signIns = await db.Set<SessionSignIn>().Where(s => ids.Contains(s.SessionId)).Select(s => new { s.SessionId, s.UserId }).ToListAsync();
        var leaves = await db.Set<LeaveRequest>()
            .Where(l => ids.Contains(l.SessionId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Closed))
            .Select(l => new { l.SessionId, l.UserId }).ToListAsync();
        var reflections = await db.Set<Reflection>().Where(r => r.CreatedAt >= from && r.CreatedAt < to)
            .GroupBy(r => r.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        return StudyStatistics.Compute(
            [.. sessions.Select(s => new SessionFacts(s.Id, s.BranchId, StudyForms.KeepsSignInSheet(s.Form), now >= s.EndsAt))],
            await people.MembersAsync(),
            signIns.Select(s => (s.SessionId, s.UserId)).ToHashSet(),
            leaves.Select(l => (l.SessionId, l.UserId)).ToHashSet(),
            reflections);
    }

    public async Task<byte[]> ExportAsync(int year)
    {
        var figures = await ComputeAsync(year);
        var sheets = new Dictionary<string, object>
        {
            ["个人"] = figures.People.Select(p => new Dictionary<string, object>
            {
                ["姓名"] = p.Name, ["支部"] = p.BranchName, ["应参加"] = p.Expected, ["出席"] = p.Attended, ["请假"] = p.Leave, ["缺席"] = p.Absent, ["心得体会"] = p.Reflections,
            }).ToList(),
            ["支部"] = figures.Branches.Select(b => new Dictionary<string, object>
            {
                ["支部"] = b.BranchName, ["人数"] = b.Members, ["出席"] = b.Attended, ["请假"] = b.Leave, ["缺席"] = b.Absent, ["心得体会"] = b.Reflections,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A calendar year in Beijing time, as UTC bounds.</summary>
    public static (DateTime From, DateTime To) YearBounds(int year) =>
        (ChinaTime.FromChinaTime(new DateTime(year, 1, 1)), ChinaTime.FromChinaTime(new DateTime(year + 1, 1, 1)));
}
