using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Search;
using Portal.Study.Models;
using Portal.Study.Rules;
using Portal.Study.Search;

namespace Portal.Study.Services;

/// <summary>Plans sessions: creates and changes them, and replaces their sign-in code.</summary>
public sealed class SessionEditor(PortalDbContext db, IAuditLog audit, TimeProvider clock, PublicStudyCache cache, SearchQueue search)
{
    private const string AuditType = "学习活动";

    public Task<StudySession?> FindAsync(int id) => db.Set<StudySession>().Include(s => s.Materials).FirstOrDefaultAsync(s => s.Id == id);

    public async Task<StudyOutcome> SaveAsync(int? id, SessionInput input)
    {
        var problems = SessionRules.Validate(input.Title, input.Topic, input.StartsAt, input.EndsAt).ToList();
        if (input.BranchId is { } branchId && !await db.Set<StudyBranch>().AnyAsync(b => b.Id == branchId))
        {
            problems.Add("所选支部不存在。");
        }

        if (problems.Count > 0)
        {
            return StudyOutcome.Refused(string.Join(" ", problems));
        }

        var session = id is { } existing ? await FindAsync(existing) : new StudySession { SignInSecret = SignInTokens.NewSecret(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (session is null)
        {
            return StudyOutcome.Refused("学习活动不存在。");
        }

        var formerYear = id is null ? (int?)null : session.StartsAt.ToChinaTime().Year;
        session.Title = input.Title!.Trim();
        session.Topic = input.Topic!.Trim();
        session.Form = input.Form;
        session.StartsAt = ChinaTime.FromChinaTime(input.StartsAt!.Value);
        session.EndsAt = ChinaTime.FromChinaTime(input.EndsAt!.Value);
        session.Place = Trimmed(input.Place);
        session.Speaker = Trimmed(input.Speaker);
        session.BranchId = input.BranchId;
        session.Description = Trimmed(input.Description);
        var known = await db.Set<StudyMaterial>().Where(m => input.MaterialIds.Contains(m.Id)).Select(m => m.Id).ToListAsync();
        session.Materials.RemoveAll(m => !known.Contains(m.MaterialId));
        session.Materials.AddRange(known.Where(m => session.Materials.All(l => l.MaterialId != m)).Select(m => new SessionMaterial { MaterialId = m }));
        if (id is null)
        {
            db.Add(session);
        }

        await db.SaveChangesAsync();
        audit.Record(id is null ? "创建" : "修改", AuditType, session.Id.ToString(), $"{StudyForms.Name(session.Form)}《{session.Title}》");
        foreach (var year in new[] { formerYear, session.StartsAt.ToChinaTime().Year }.OfType<int>().Distinct())
        {
            search.Enqueue(StudySearchSource.Kind, year.ToString());
        }

        await db.SaveChangesAsync();
        await cache.EvictAsync();
        return StudyOutcome.Done(id is null ? $"已安排学习活动“{session.Title}”。" : $"学习活动“{session.Title}”已保存。", session.Id);
    }

    /// <summary>A new secret: every sign-in code shown so far stops working (e.g. a photo of it went round).</summary>
    public async Task<StudyOutcome> ReplaceSignInCodeAsync(int id)
    {
        var session = await db.Set<StudySession>().FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return StudyOutcome.Refused("学习活动不存在。");
        }

        session.SignInSecret = SignInTokens.NewSecret();
        audit.Record("更换签到二维码", AuditType, id.ToString(), $"《{session.Title}》");
        await db.SaveChangesAsync();
        return StudyOutcome.Done("已更换签到二维码，原二维码不能再用于签到。", id);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
