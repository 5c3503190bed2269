using Portal.Core.Hosting;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.ViewModels;

/// <summary>A session as lists show it, in Beijing time.</summary>
public sealed record SessionRow(int Id, string Title, string Topic, StudyForm Form, DateTime Starts, DateTime Ends, string? Place, string? Speaker, string? BranchName)
{
    public string FormName => StudyForms.Name(Form);

    public string Audience => BranchName ?? "机关全体";

    public string When => Starts.Date == Ends.Date ? $"{Starts:yyyy-MM-dd HH:mm}—{Ends:HH:mm}" : $"{Starts:yyyy-MM-dd HH:mm}—{Ends:yyyy-MM-dd HH:mm}";

    public static SessionRow From(StudySession s, string? branchName) =>
        new(s.Id, s.Title, s.Topic, s.Form, s.StartsAt.ToChinaTime(), s.EndsAt.ToChinaTime(), s.Place, s.Speaker, branchName);
}

public sealed record Count(string Name, int Number);

/// <summary>The public page: a year's study in figures and topics, without anybody's name.</summary>
public sealed record PublicSummary(int Year, IReadOnlyList<int> Years, int Sessions, IReadOnlyList<Count> ByForm, IReadOnlyList<Count> ByTopic,
    int Attendances, int Materials, IReadOnlyList<SessionRow> Plan);

public sealed record SheetLine(MemberFacts Member, Attendance Attendance, SessionSignIn? SignIn, LeaveRequest? Leave);

public sealed record SessionSheet(IReadOnlyList<SheetLine> Lines)
{
    public int CountOf(Attendance attendance) => Lines.Count(l => l.Attendance == attendance);
}

public sealed record MaterialRow(int Id, string Title, string Topic);

public sealed record LeaveRow(LeaveRequest Request, SessionRow Session, string MemberName);

public sealed record ReflectionRow(Reflection Reflection, string AuthorName, string? SubjectTitle)
{
    public string KindName => Reflection.Kind == ReflectionKind.Excerpt ? "摘录" : "心得体会";
}
