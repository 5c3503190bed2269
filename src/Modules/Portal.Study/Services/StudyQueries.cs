using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Study.Models;
using Portal.Study.Rules;
using Portal.Study.ViewModels;

namespace Portal.Study.Services;

/// <summary>Reads for the pages: the year's sessions, a session's sheet, the public summary.</summary>
public sealed class StudyQueries(PortalDbContext db, StudyPeople people, TimeProvider clock)
{
    public async Task<List<int>> YearsAsync()
    {
        var starts = await db.Set<StudySession>().Select(s => s.StartsAt).ToListAsync();
        return [.. starts.Select(s => s.ToChinaTime().Year).Distinct().OrderByDescending(y => y)];
    }

    /// <summary>The year to show when none is asked for: this year if it has sessions, else the latest that has.</summary>
    public async Task<int> DefaultYearAsync()
    {
        var years = await YearsAsync();
        var current = clock.GetUtcNow().UtcDateTime.ToChinaTime().Year;
        return years.Contains(current) || years.Count == 0 ? current : years[0];
    }

    public async Task<List<SessionRow>> SessionsAsync(int year)
    {
        var (from, to) = StatisticsService.YearBounds(year);
        var branches = (await people.BranchesAsync()).ToDictionary(b => b.Id, b => b.Name);
        var sessions = await db.Set<StudySession>().AsNoTracking().Where(s => s.StartsAt >= from && s.StartsAt < to).OrderBy(s => s.StartsAt).ToListAsync();
        return [.. sessions.Select(s => SessionRow.From(s, s.BranchId is { } b ? branches.GetValueOrDefault(b) : null))];
    }

    public async Task<PublicSummary> PublicSummaryAsync(int year)
    {
        var sessions = await SessionsAsync(year);
        var ids = sessions.Select(s => s.Id).ToList();
        var attendances = await db.Set<SessionSignIn>().CountAsync(s => ids.Contains(s.SessionId));
        var materials = await db.Set<StudyMaterial>().Select(m => m.Topic).ToListAsync();
        return new PublicSummary(
            year,
            await YearsAsync(),
            sessions.Count,
            [.. StudyForms.DisplayNames.Select(f => new Count(f.Value, sessions.Count(s => s.Form == f.Key)))],
            [.. sessions.GroupBy(s => s.Topic).Select(g => new Count(g.Key, g.Count())).OrderByDescending(c => c.Number).ThenBy(c => c.Name)],
            attendances,
            materials.Count,
            sessions);
    }

    public async Task<SessionSheet> SheetAsync(StudySession session)
    {
        var expected = await people.ExpectedAsync(session);
        var signIns = await db.Set<SessionSignIn>().AsNoTracking().Where(s => s.SessionId == session.Id).ToListAsync();
        var leaves = await db.Set<LeaveRequest>().AsNoTracking().Include(l => l.Steps).Where(l => l.SessionId == session.Id).ToListAsync();
        var ended = clock.GetUtcNow().UtcDateTime >= session.EndsAt;
        var lines = expected.Select(member =>
        {
            var signIn = signIns.FirstOrDefault(s => s.UserId == member.UserId);
            var leave = leaves.Where(l => l.UserId == member.UserId).OrderByDescending(l => l.Id).FirstOrDefault();
            var attendance = AttendanceRules.Of(signIn is not null, leave is not null && LeaveRules.CountsAsLeave(leave.Status), ended);
            return new SheetLine(member, attendance, signIn, leave);
        }).ToList();
        return new SessionSheet(lines);
    }

    public async Task<List<MaterialRow>> MaterialsOfAsync(StudySession session)
    {
        var ids = session.Materials.Select(m => m.MaterialId).ToList();
        return await db.Set<StudyMaterial>().AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id)
            .Select(m => new MaterialRow(m.Id, m.Title, m.Topic)).ToListAsync();
    }

    public Task<List<MaterialRow>> AllMaterialsAsync() =>
        db.Set<StudyMaterial>().AsNoTracking().OrderBy(m => m.Topic).ThenBy(m => m.Id).Select(m => new MaterialRow(m.Id, m.Title, m.Topic)).ToListAsync();

    public async Task<List<LeaveRow>> LeaveAsync(Func<IQueryable<LeaveRequest>, IQueryable<LeaveRequest>> filter)
    {
        var requests = await filter(db.Set<LeaveRequest>().AsNoTracking().Include(l => l.Steps)).OrderByDescending(l => l.RequestedAt).ToListAsync();
        var sessionIds = requests.Select(r => r.SessionId).Distinct().ToList();
        var userIds = requests.Select(r => r.UserId).Distinct().ToList();
        var sessions = await db.Set<StudySession>().AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return [.. requests.Select(r => new LeaveRow(r, SessionRow.From(sessions[r.SessionId], null), names.GetValueOrDefault(r.UserId, "")))];
    }

    public async Task<List<ReflectionRow>> ReflectionsAsync(Func<IQueryable<Reflection>, IQueryable<Reflection>> filter)
    {
        var reflections = await filter(db.Set<Reflection>().AsNoTracking()).OrderByDescending(r => r.CreatedAt).ToListAsync();
        var userIds = reflections.Select(r => r.UserId).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var sessions = await db.Set<StudySession>().Select(s => new { s.Id, s.Title }).ToDictionaryAsync(s => s.Id, s => s.Title);
        var materials = await db.Set<StudyMaterial>().Select(m => new { m.Id, m.Title }).ToDictionaryAsync(m => m.Id, m => m.Title);
        return [.. reflections.Select(r => new ReflectionRow(r, names.GetValueOrDefault(r.UserId, ""),
            r.SessionId is { } s ? sessions.GetValueOrDefault(s) : r.MaterialId is { } m ? materials.GetValueOrDefault(m) : null))];
    }
}
