using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Contests.Services;

/// <summary>
/// Judging: the judges of a track, assignment by hand or automatically, conflict declarations, scorecards that lock on
/// submission and reopen only by an administrator with a reason. Every change to a scorecard writes a score log line.
/// </summary>
public sealed class JudgingService(
    PortalDbContext db,
    ContestQueries contests,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock,
    AssignmentSeed seed)
{
    private const string AuditType = "评审";

    public IQueryable<JudgeAssignment> Assignments => db.Set<JudgeAssignment>();

    public IQueryable<ScoreLogEntry> Log => db.Set<ScoreLogEntry>();

    /// <summary>Accounts in the Judge role, by display name.</summary>
    public async Task<IReadOnlyList<JudgeAccount>> JudgeAccountsAsync() => await (
        from link in db.UserRoles
        join role in db.Roles on link.RoleId equals role.Id
        join account in db.Users on link.UserId equals account.Id
        where role.Name == BuiltInRoles.Judge && !account.IsDisabled
        orderby account.DisplayName, account.UserName
        select new JudgeAccount(account.Id, account.DisplayName == "" ? account.UserName! : account.DisplayName))
        .ToListAsync();

    public async Task<IReadOnlyList<TrackJudge>> TrackJudgesAsync(long contestId) => await (
        from judge in db.Set<TrackJudge>()
        join track in db.Set<ContestTrack>() on judge.TrackId equals track.Id
        where track.ContestId == contestId
        select judge).ToListAsync();

    public async Task SetTrackJudgesAsync(Contest contest, ContestTrack track, IReadOnlyCollection<string> judgeIds)
    {
        var accounts = (await JudgeAccountsAsync()).Where(a => judgeIds.Contains(a.Id)).ToList();
        var current = await db.Set<TrackJudge>().Where(j => j.TrackId == track.Id).ToListAsync();
        db.RemoveRange(current.Where(j => accounts.All(a => a.Id != j.JudgeId)));
        db.AddRange(accounts.Where(a => current.All(j => j.JudgeId != a.Id))
            .Select(a => new TrackJudge { TrackId = track.Id, JudgeId = a.Id, JudgeName = a.Name }));
        audit.Record("设置评委", AuditType, contest.Id.ToString(), $"{track.Name}：{string.Join("、", accounts.Select(a => a.Name))}");
        await db.SaveChangesAsync();
    }

    /// <summary>Gives every submitted entry of the track up to the contest's number of judges, from the track's judges.</summary>
    public async Task<(AssignmentPlan? Plan, string? Error)> AutoAssignAsync(Contest contest, ContestTrack track)
    {
        if (RefuseAssignment(contest) is { } refusal)
        {
            return (null, refusal);
        }

        var judges = await db.Set<TrackJudge>().Where(j => j.TrackId == track.Id).ToListAsync();
        if (judges.Count == 0)
        {
            return (null, $"请先为“{track.Name}”选定评委。");
        }

        var entries = await SubmittedEntries(track.Id).Select(e => new EntryToAssign(e.Id, e.AuthorId, e.Unit)).ToListAsync();
        var entryIds = entries.Select(e => e.EntryId).ToList();
        var existing = (await Assignments.Where(a => entryIds.Contains(a.EntryId)).Select(a => new { a.EntryId, a.JudgeId }).ToListAsync())
            .Select(a => (a.EntryId, a.JudgeId)).ToList();
        var candidates = await CandidatesAsync(contest.Id, judges.Select(j => j.JudgeId).ToList());
        var plan = AssignmentRules.Plan(entries, candidates, existing, contest.JudgesPerEntry, seed.CreateRandom());

        var names = judges.ToDictionary(j => j.JudgeId, j => j.JudgeName);
        db.AddRange(plan.Added.Select(a => new JudgeAssignment { EntryId = a.EntryId, JudgeId = a.JudgeId, JudgeName = names[a.JudgeId], AssignedAt = Now }));
        audit.Record("自动分配", AuditType, contest.Id.ToString(),
            $"{track.Name}：新增 {plan.Added.Count} 项分配，{plan.Shortfalls.Count} 件作品评委不足 {contest.JudgesPerEntry} 人");
        await db.SaveChangesAsync();
        return (plan, null);
    }

    public async Task<string?> AssignAsync(Contest contest, long entryId, string judgeId)
    {
        if (RefuseAssignment(contest) is { } refusal)
        {
            return refusal;
        }

        var entry = await db.Set<ContestEntry>().FirstOrDefaultAsync(e => e.Id == entryId && e.ContestId == contest.Id && e.Status == EntryStatus.Submitted);
        var judge = (await JudgeAccountsAsync()).FirstOrDefault(j => j.Id == judgeId);
        if (entry is null || judge is null)
        {
            return "作品或评委不存在。";
        }

        var candidate = (await CandidatesAsync(contest.Id, [judgeId])).Single();
        if (!AssignmentRules.CanJudge(candidate, new EntryToAssign(entry.Id, entry.AuthorId, entry.Unit)))
        {
            return $"不能分配：{judge.Name}是该作品的作者，或已申报与作者单位存在利益冲突。";
        }

        if (await Assignments.AnyAsync(a => a.EntryId == entryId && a.JudgeId == judgeId))
        {
            return $"{judge.Name}已经评审这件作品。";
        }

        db.Add(new JudgeAssignment { EntryId = entryId, JudgeId = judgeId, JudgeName = judge.Name, AssignedAt = Now });
        audit.Record("分配评委", AuditType, entryId.ToString(), $"{entry.ReceiptNumber} → {judge.Name}");
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<string?> UnassignAsync(Contest contest, long assignmentId)
    {
        var assignment = await Assignments.Include(a => a.Entry).FirstOrDefaultAsync(a => a.Id == assignmentId && a.Entry!.ContestId == contest.Id);
        if (assignment is null)
        {
            return "分配不存在。";
        }

        if (await Log.AnyAsync(l => l.AssignmentId == assignmentId))
        {
            return $"{assignment.JudgeName}已经开始评分，评分记录须保留，不能取消分配。";
        }

        db.Remove(assignment);
        audit.Record("取消分配", AuditType, assignment.EntryId.ToString(), $"{assignment.Entry!.ReceiptNumber} ✕ {assignment.JudgeName}");
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>The current judge's assignment, or null when it is not theirs.</summary>
    public async Task<JudgeAssignment?> FindMineAsync(long assignmentId)
    {
        var assignment = await Assignments.Include(a => a.Entry!).ThenInclude(e => e.Attachments.OrderBy(x => x.Number))
            .Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assignmentId);
        return assignment is not null && assignment.JudgeId == user.Id ? assignment : null;
    }

    /// <summary>Saves a judge's scorecard; <paramref name="submit"/> locks it.</summary>
    public async Task<IReadOnlyList<string>> SaveScoresAsync(JudgeAssignment assignment, IReadOnlyDictionary<int, int?> values, string? comment, bool submit)
    {
        var (contest, track) = (await contests.FindTrackAsync(assignment.Entry!.TrackId))!.Value;
        if (assignment.IsSubmitted)
        {
            return ["评分已提交并锁定。如需修改，请联系管理员重新开放。"];
        }

        if (contest.ResultsPublished)
        {
            return ["评审结果已发布，不能再评分。"];
        }

        comment = (comment ?? "").Trim();
        var errors = ScoreRules.Validate(track.Criteria, values, complete: submit).ToList();
        if (comment.Length > ScoreRules.CommentMaxLength)
        {
            errors.Add($"评语不能超过 {ScoreRules.CommentMaxLength} 个字。");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var before = Describe(track, assignment);
        foreach (var criterion in track.Criteria)
        {
            var score = assignment.Scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            var value = values.GetValueOrDefault(criterion.Id);
            if (value is null)
            {
                if (score is not null)
                {
                    assignment.Scores.Remove(score);
                    db.Remove(score);
                }
            }
            else if (score is null)
            {
                assignment.Scores.Add(new CriterionScore { CriterionId = criterion.Id, Value = value.Value });
            }
            else
            {
                score.Value = value.Value;
            }
        }

        assignment.Comment = comment;
        if (submit)
        {
            assignment.IsSubmitted = true;
            assignment.SubmittedAt = Now;
        }

        AddLog(assignment, submit ? "提交" : "保存", before, Describe(track, assignment), reason: null);
        if (submit)
        {
            audit.Record("提交评分", AuditType, assignment.EntryId.ToString(), $"评审 #{assignment.Id}：{ScoreRules.Total(track.Criteria, ScoreMap(assignment)):0.00} 分");
        }

        await db.SaveChangesAsync();
        return [];
    }

    public async Task<string?> ReopenAsync(Contest contest, long assignmentId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "请填写重新开放评分的理由。";
        }

        if (contest.ResultsPublished)
        {
            return "评审结果已发布。请先撤回结果，再重新开放评分。";
        }

        var assignment = await Assignments.Include(a => a.Entry).Include(a => a.Scores)
            .FirstOrDefaultAsync(a => a.Id == assignmentId && a.Entry!.ContestId == contest.Id);
        if (assignment is null)
        {
            return "分配不存在。";
        }

        if (!assignment.IsSubmitted)
        {
            return "这份评分尚未提交，无需重新开放。";
        }

        var track = contest.Tracks.Single(t => t.Id == assignment.Entry!.TrackId);
        var state = Describe(track, assignment);
        assignment.IsSubmitted = false;
        assignment.SubmittedAt = null;
        AddLog(assignment, "重新开放", state, state, reason.Trim());
        audit.Record("重新开放评分", AuditType, assignment.EntryId.ToString(), $"评审 #{assignment.Id}（{assignment.JudgeName}）：{reason.Trim()}");
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<IReadOnlyList<string>> ConflictsAsync(long contestId, string judgeId) =>
        await db.Set<JudgeConflict>().Where(c => c.ContestId == contestId && c.JudgeId == judgeId).OrderBy(c => c.Id).Select(c => c.Unit).ToListAsync();

    /// <summary>Replaces the current judge's declared conflicts for a contest; assignments already made against them are reported, not removed.</summary>
    public async Task<IReadOnlyList<string>> DeclareConflictsAsync(Contest contest, IEnumerable<string> units)
    {
        var judgeId = user.Id!;
        var wanted = units.Select(u => u.Trim()).Where(u => u.Length > 0).Select(u => u.Clip(EntryRules.UnitMaxLength))
            .DistinctBy(AssignmentRules.UnitKey).ToList();
        db.RemoveRange(await db.Set<JudgeConflict>().Where(c => c.ContestId == contest.Id && c.JudgeId == judgeId).ToListAsync());
        db.AddRange(wanted.Select(u => new JudgeConflict { ContestId = contest.Id, JudgeId = judgeId, Unit = u }));
        audit.Record("申报回避", AuditType, contest.Id.ToString(), wanted.Count == 0 ? "无" : string.Join("、", wanted));
        await db.SaveChangesAsync();

        var keys = wanted.Select(AssignmentRules.UnitKey).ToHashSet();
        var mine = await Assignments.Where(a => a.JudgeId == judgeId && a.Entry!.ContestId == contest.Id).Select(a => new { a.Id, a.Entry!.Unit }).ToListAsync();
        return mine.Where(a => keys.Contains(AssignmentRules.UnitKey(a.Unit))).Select(a => $"评审 #{a.Id}").ToList();
    }

    public static IReadOnlyDictionary<int, int> ScoreMap(JudgeAssignment assignment) =>
        assignment.Scores.ToDictionary(s => s.CriterionId, s => s.Value);

    private async Task<IReadOnlyList<JudgeCandidate>> CandidatesAsync(long contestId, IReadOnlyList<string> judgeIds)
    {
        var conflicts = await db.Set<JudgeConflict>().Where(c => c.ContestId == contestId && judgeIds.Contains(c.JudgeId)).ToListAsync();
        return judgeIds.Select(id => new JudgeCandidate(id,
            conflicts.Where(c => c.JudgeId == id).Select(c => AssignmentRules.UnitKey(c.Unit)).ToHashSet())).ToList();
    }

    private IQueryable<ContestEntry> SubmittedEntries(int trackId) =>
        db.Set<ContestEntry>().Where(e => e.TrackId == trackId && e.Status == EntryStatus.Submitted);

    private string? RefuseAssignment(Contest contest)
    {
        if (!ContestPhaseRules.IsClosed(contest, Now))
        {
            return $"征集截止（{contest.ClosesAt.ToChinaTime():yyyy-MM-dd HH:mm:ss}）后才能分配评委，以免作品在评审中被修改。";
        }

        return contest.ResultsPublished ? "评审结果已发布，不能再分配评委。" : null;
    }

    private void AddLog(JudgeAssignment assignment, string action, string before, string after, string? reason) =>
        db.Add(new ScoreLogEntry
        {
            AssignmentId = assignment.Id,
            At = Now,
            UserId = user.Id ?? "",
            UserName = user.Name,
            Action = action,
            OldValues = before.Clip(1000),
            NewValues = after.Clip(1000),
            Reason = reason?.Clip(500),
        });

    private static string Describe(ContestTrack track, JudgeAssignment assignment)
    {
        var scores = ScoreMap(assignment);
        var parts = track.Criteria.Select(c => $"{c.Name} {(scores.TryGetValue(c.Id, out var v) ? v.ToString() : "—")}");
        return $"{string.Join("，", parts)}；评语：{(assignment.Comment.Length == 0 ? "—" : assignment.Comment)}";
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

public sealed record JudgeAccount(string Id, string Name);
