using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>The sign-in sheet: members sign themselves in with the session's QR code, organisers sign members in.</summary>
public sealed class SignInService(PortalDbContext db, StudyPeople people, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    private const string AuditType = "学习签到";

    public static SignInWindow WindowOf(StudySession session) => SignInWindow.For(session.StartsAt, session.EndsAt);

    public static string TokenFor(StudySession session) => SignInTokens.Create(session.Id, WindowOf(session), session.SignInSecret);

    /// <summary>The session a code is for, when the code is genuine and current; otherwise why not.</summary>
    public async Task<(StudySession? Session, string? Refusal)> ReadAsync(string token)
    {
        var session = SignInTokens.SessionOf(token) is { } id ? await db.Set<StudySession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id) : null;
        if (session is null)
        {
            return (null, SignInTokens.Message(SignInTokenCheck.Malformed));
        }

        var check = SignInTokens.Check(token, session.Id, WindowOf(session), session.SignInSecret);
        return check == SignInTokenCheck.Valid ? (session, null) : (null, SignInTokens.Message(check));
    }

    public Task<SessionSignIn?> FindAsync(int sessionId, string userId) =>
        db.Set<SessionSignIn>().AsNoTracking().FirstOrDefaultAsync(s => s.SessionId == sessionId && s.UserId == userId);

    /// <summary>The signed-in user signs in with a code; the code never names the member.</summary>
    public async Task<StudyOutcome> SignInWithCodeAsync(string token)
    {
        var (session, refusal) = await ReadAsync(token);
        if (session is null)
        {
            return StudyOutcome.Refused(refusal!);
        }

        var userId = user.Id ?? "";
        var existing = await FindAsync(session.Id, userId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (SignInRules.RefuseOwn(WindowOf(session), now, StudyForms.KeepsSignInSheet(session.Form), await people.IsExpectedAsync(session, userId), existing is not null) is { } problem)
        {
            return StudyOutcome.Refused(problem, session.Id);
        }

        if (existing is not null)
        {
            return StudyOutcome.Done($"您已于 {existing.SignedInAt.ToChinaTime():HH:mm} 签到，无需重复签到。", session.Id);
        }

        return await RecordAsync(session, userId, byOrganiser: false, now, "签到成功");
    }

    public async Task<StudyOutcome> SignInForAsync(int sessionId, string memberId)
    {
        var session = await db.Set<StudySession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return StudyOutcome.Refused("学习活动不存在。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (SignInRules.RefuseByOrganiser(WindowOf(session), now, StudyForms.KeepsSignInSheet(session.Form), await people.IsExpectedAsync(session, memberId)) is { } problem)
        {
            return StudyOutcome.Refused(problem, sessionId);
        }

        if (await FindAsync(sessionId, memberId) is not null)
        {
            return StudyOutcome.Done($"{await people.NameAsync(memberId)}已签到。", sessionId);
        }

        return await RecordAsync(session, memberId, byOrganiser: true, now, $"已为{await people.NameAsync(memberId)}签到");
    }

    private async Task<StudyOutcome> RecordAsync(StudySession session, string memberId, bool byOrganiser, DateTime now, string done)
    {
        db.Add(new SessionSignIn
        {
            SessionId = session.Id,
            UserId = memberId,
            SignedInAt = now,
            ByOrganiser = byOrganiser,
            RecordedById = user.Id ?? "",
            RecordedByName = await people.NameAsync(user.Id ?? ""),
        });
        audit.Record(byOrganiser ? "代为签到" : "扫码签到", AuditType, session.Id.ToString(), $"《{session.Title}》{await people.NameAsync(memberId)}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double tap: the other request signed in first.
            db.ChangeTracker.Clear();
            return StudyOutcome.Done("已签到，无需重复签到。", session.Id);
        }

        return StudyOutcome.Done($"{done}：{session.Title}（{now.ToChinaTime():HH:mm}）。", session.Id);
    }
}
