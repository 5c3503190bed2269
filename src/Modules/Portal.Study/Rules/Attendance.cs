namespace Portal.Study.Rules;

/// <summary>A member's line on the attendance sheet.</summary>
public enum Attendance
{
    Present,
    OnLeave,
    Absent,
    NotYet,
}

public static class AttendanceRules
{
    /// <summary>Signed in wins over leave; without either, a member is absent once the session has ended.</summary>
    public static Attendance Of(bool signedIn, bool onLeave, bool ended) =>
        signedIn ? Attendance.Present : onLeave ? Attendance.OnLeave : ended ? Attendance.Absent : Attendance.NotYet;

    public static string Name(Attendance attendance) => attendance switch
    {
        Attendance.Present => "出席",
        Attendance.OnLeave => "请假",
        Attendance.Absent => "缺席",
        _ => "未签到",
    };
}
