using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>Leave requests (请销假): a member asks, the branch head decides, the member closes it after the session; every step is kept.</summary>
public sealed class LeaveService(
    PortalDbContext db, StudyPeople people, IAuditLog audit, ICurrentUser user, TimeProvider clock, IAuthorizationService authorization)
{
    private const string AuditType = "请销假";

    public Task<LeaveRequest?> FindAsync(int id) => db.Set<LeaveRequest>().Include(l => l.Steps).FirstOrDefaultAsync(l => l.Id == id);

    public async Task<StudyOutcome> RequestAsync(int sessionId, string? reason)
    {
        var session = await db.Set<StudySession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return StudyOutcome.Refused("学习活动不存在。");
        }

        var userId = user.Id ?? "";
        var signedIn = await db.Set<SessionSignIn>().AnyAsync(s => s.SessionId == sessionId && s.UserId == userId);
        var open = await db.Set<LeaveRequest>().AnyAsync(l => l.SessionId == sessionId && l.UserId == userId && l.Status != LeaveStatus.Refused);
        var now = clock.GetUtcNow().UtcDateTime;
        if (LeaveRules.RefuseRequest(session.Form, session.EndsAt, now, reason, await people.IsExpectedAsync(session, userId), signedIn, open) is { } problem)
        {
            return StudyOutcome.Refused(problem, sessionId);
        }

        var leave = new LeaveRequest { SessionId = sessionId, UserId = userId, Reason = reason!.Trim(), Status = LeaveStatus.Pending, RequestedAt = now };
        leave.Steps.Add(await StepAsync(LeaveStatus.Pending, now, null));
        db.Add(leave);
        audit.Record("请假", AuditType, sessionId.ToString(), $"《{session.Title}》{await people.NameAsync(userId)}");
        await db.SaveChangesAsync();
        return StudyOutcome.Done("请假申请已提交，等待支部负责人审批。", leave.Id);
    }

    public async Task<bool> MayDecideAsync(ClaimsPrincipal principal, LeaveRequest leave)
    {
        var member = await people.MemberAsync(leave.UserId);
        var heads = await people.BranchesHeadedByAsync(user.Id ?? "");
        return LeaveRules.MayDecide(member is not null && heads.Contains(member.BranchId),
            await authorization.AuthorizeAsync(principal, StudyPermissions.ManageStudy), leave.UserId == user.Id);
    }

    public async Task<StudyOutcome> DecideAsync(ClaimsPrincipal principal, int id, bool approve, string? note)
    {
        var leave = await FindAsync(id);
        if (leave is null)
        {
            return StudyOutcome.Refused("请假申请不存在。");
        }

        if (!await MayDecideAsync(principal, leave))
        {
            return StudyOutcome.Refused("只有请假人所在支部的负责人才能审批此请假申请。", id);
        }

        if (LeaveRules.RefuseDecision(leave.Status) is { } problem)
        {
            return StudyOutcome.Refused(problem, id);
        }

        if (note?.Trim().Length > LeaveRules.ReasonMaxLength)
        {
            return StudyOutcome.Refused($"审批意见不能超过 {LeaveRules.ReasonMaxLength} 个字。", id);
        }

        leave.Status = approve ? LeaveStatus.Approved : LeaveStatus.Refused;
        leave.Steps.Add(await StepAsync(leave.Status, clock.GetUtcNow().UtcDateTime, note));
        audit.Record(approve ? "批准请假" : "不批准请假", AuditType, id.ToString(), await people.NameAsync(leave.UserId));
        await db.SaveChangesAsync();
        return StudyOutcome.Done(approve ? "已批准请假。" : "已不批准请假。", id);
    }

    /// <summary>销假, by the member or by whoever may decide the request.</summary>
    public async Task<StudyOutcome> CloseAsync(ClaimsPrincipal principal, int id)
    {
        var leave = await FindAsync(id);
        if (leave is null)
        {
            return StudyOutcome.Refused("请假申请不存在。");
        }

        if (leave.UserId != user.Id && !await MayDecideAsync(principal, leave))
        {
            return StudyOutcome.Refused("只能为自己的请假销假。", id);
        }

        var session = await db.Set<StudySession>().AsNoTracking().SingleAsync(s => s.Id == leave.SessionId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (LeaveRules.RefuseClosing(leave.Status, session.EndsAt, now) is { } problem)
        {
            return StudyOutcome.Refused(problem, id);
        }

        leave.Status = LeaveStatus.Closed;
        leave.Steps.Add(await StepAsync(LeaveStatus.Closed, now, null));
        audit.Record("销假", AuditType, id.ToString(), await people.NameAsync(leave.UserId));
        await db.SaveChangesAsync();
        return StudyOutcome.Done("已销假。", id);
    }

    private async Task<LeaveStep> StepAsync(LeaveStatus status, DateTime at, string? note) =>
        new() { Status = status, ById = user.Id ?? "", ByName = await people.NameAsync(user.Id ?? ""), At = at, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
}
