using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.ViewModels;

/// <summary>The staff schedule: a year's sessions as a list and a month as a calendar.</summary>
public sealed record SchedulePage(int Year, IReadOnlyList<int> Years, int Month, IReadOnlyList<SessionRow> Sessions, bool CanManage)
{
    public IEnumerable<SessionRow> InMonth => Sessions.Where(s => s.Starts.Month == Month);
}

/// <summary>A session for a staff member: details, materials, their own status; for organisers also the sign-in code and sheet.</summary>
public sealed record SessionPage(
    SessionRow Session,
    string? Description,
    IReadOnlyList<MaterialRow> Materials,
    bool KeepsSheet,
    bool IsExpected,
    Attendance? MyAttendance,
    LeaveRow? MyLeave,
    bool CanManage,
    string? SignInUrl,
    SignInWindow Window,
    SignInTiming Timing,
    SessionSheet? Sheet,
    string? LeaveReason)
{
    /// <summary>The leave form is offered to an expected member who has not signed in, until the session ends.</summary>
    public bool MayAskLeave => KeepsSheet && IsExpected && Timing != SignInTiming.Closed && MyAttendance != Attendance.Present
        && (MyLeave is null || MyLeave.Request.Status == LeaveStatus.Refused);
}

public sealed record SignInPage(SessionRow? Session, string Token, string? Refusal, bool AlreadySignedIn);

public sealed record LeavePage(IReadOnlyList<LeaveRow> Mine, IReadOnlyList<LeaveRow> ToDecide, bool DecidesAny);

public sealed record MaterialsPage(IReadOnlyList<StudyMaterial> Materials, IReadOnlyList<string> Topics, string? Topic, IReadOnlySet<int> Read, bool CanManage);

public sealed record MaterialPage(StudyMaterial Material, bool IsRead);

public sealed record ReflectionsPage(IReadOnlyList<ReflectionRow> Mine, ReflectionEditModel Form, IReadOnlyList<SessionRow> Sessions, IReadOnlyList<MaterialRow> Materials);

public sealed record ReviewPage(IReadOnlyList<ReflectionRow> Reflections, IReadOnlyList<(int Id, string Name)> Columns);

public sealed record StatisticsPage(int Year, IReadOnlyList<int> Years, StudyFigures Figures);

public sealed record BranchesPage(IReadOnlyList<StudyBranch> Branches, IReadOnlyList<MemberFacts> Members, IReadOnlyDictionary<string, string> Heads, string? NewBranchName = null);
