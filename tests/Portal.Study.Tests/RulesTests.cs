using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Tests;

public sealed class RulesTests
{
    private static readonly DateTime Start = new(2012, 3, 16, 0, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime End = Start.AddHours(3);
    private static readonly SignInWindow Window = SignInWindow.For(Start, End);
    private static readonly string Secret = SignInTokens.NewSecret();

    [Theory]
    [InlineData("机关第三支部", null)]
    [InlineData("  ", "请填写支部名称。")]
    [InlineData(null, "请填写支部名称。")]
    public void A_branch_needs_a_name(string? name, string? problem) =>
        Assert.Equal(problem is null ? [] : [problem], BranchRules.Validate(name));

    [Fact]
    public void A_branch_name_may_have_fifty_characters_not_more()
    {
        Assert.Empty(BranchRules.Validate(new string('支', 50)));
        Assert.Equal(["支部名称不能超过 50 个字。"], BranchRules.Validate(new string('支', 51)));
    }

    [Fact]
    public void The_window_opens_half_an_hour_before_the_start_and_closes_at_the_end()
    {
        Assert.Equal(SignInTiming.TooEarly, Window.At(Start.AddMinutes(-31)));
        Assert.Equal(SignInTiming.Open, Window.At(Start.AddMinutes(-30)));
        Assert.Equal(SignInTiming.Open, Window.At(End));
        Assert.Equal(SignInTiming.Closed, Window.At(End.AddSeconds(1)));
    }

    [Fact]
    public void A_token_is_valid_only_for_its_session_window_and_secret()
    {
        var token = SignInTokens.Create(7, Window, Secret);

        Assert.Equal(7, SignInTokens.SessionOf(token));
        Assert.Equal(SignInTokenCheck.Valid, SignInTokens.Check(token, 7, Window, Secret));
        Assert.Equal(SignInTokenCheck.Malformed, SignInTokens.Check(token, 8, Window, Secret));
        Assert.Equal(SignInTokenCheck.Forged, SignInTokens.Check(token, 7, Window, SignInTokens.NewSecret()));
        Assert.Equal(SignInTokenCheck.Outdated, SignInTokens.Check(token, 7, SignInWindow.For(Start.AddHours(1), End.AddHours(1)), Secret));
    }

    [Fact]
    public void A_token_with_a_changed_window_or_signature_is_forged_and_garbage_is_malformed()
    {
        var token = SignInTokens.Create(7, Window, Secret);
        var parts = token.Split('.');
        var stretched = $"{parts[0]}.{parts[1]}.{long.Parse(parts[2]) + 600}.{parts[3]}";
        var signature = parts[3];
        var flipped = $"{parts[0]}.{parts[1]}.{parts[2]}.{(signature[0] == 'A' ? 'B' : 'A')}{signature[1..]}";

        Assert.Equal(SignInTokenCheck.Forged, SignInTokens.Check(stretched, 7, Window, Secret));
        Assert.Equal(SignInTokenCheck.Forged, SignInTokens.Check(flipped, 7, Window, Secret));
        Assert.Equal(SignInTokenCheck.Malformed, SignInTokens.Check("7.abc", 7, Window, Secret));
        Assert.Null(SignInTokens.SessionOf("x.1.2.3"));
        Assert.Null(SignInTokens.SessionOf(null));
        Assert.DoesNotContain("staff", token);
    }

    [Fact]
    public void A_member_signs_in_only_inside_the_window_and_only_where_expected()
    {
        Assert.Null(SignInRules.RefuseOwn(Window, Start, keepsSheet: true, isExpected: true, alreadySignedIn: false));
        Assert.Contains("尚未开始", SignInRules.RefuseOwn(Window, Start.AddHours(-1), true, true, false));
        Assert.Contains("签到已结束", SignInRules.RefuseOwn(Window, End.AddMinutes(1), true, true, false));
        Assert.Contains("参加范围", SignInRules.RefuseOwn(Window, Start, true, isExpected: false, false));
        Assert.Contains("无需签到", SignInRules.RefuseOwn(Window, Start, keepsSheet: false, true, false));
        Assert.Null(SignInRules.RefuseOwn(Window, End.AddDays(1), true, true, alreadySignedIn: true));
    }

    [Fact]
    public void An_organiser_signs_in_an_expected_member_from_the_opening_on_even_after_the_end()
    {
        Assert.Null(SignInRules.RefuseByOrganiser(Window, End.AddDays(1), keepsSheet: true, isExpected: true));
        Assert.Contains("尚未开始", SignInRules.RefuseByOrganiser(Window, Start.AddHours(-2), true, true));
        Assert.Contains("参加范围", SignInRules.RefuseByOrganiser(Window, Start, true, isExpected: false));
    }

    [Fact]
    public void Leave_is_requested_before_the_end_with_a_reason_once_and_only_by_the_expected()
    {
        Assert.Null(LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, "出差", true, false, false));
        Assert.Contains("已经结束", LeaveRules.RefuseRequest(StudyForm.Collective, End, End, "出差", true, false, false));
        Assert.Contains("已签到", LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, "出差", true, signedIn: true, false));
        Assert.Contains("已提交过", LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, "出差", true, false, hasOpenRequest: true));
        Assert.Contains("请填写请假事由", LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, "  ", true, false, false));
        Assert.Contains("不能超过", LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, new string('事', LeaveRules.ReasonMaxLength + 1), true, false, false));
        Assert.Contains("参加范围", LeaveRules.RefuseRequest(StudyForm.Collective, End, Start, "出差", isExpected: false, false, false));
        Assert.Contains("个人自学", LeaveRules.RefuseRequest(StudyForm.SelfStudy, End, Start, "出差", true, false, false));
    }

    [Fact]
    public void The_branch_head_or_an_organiser_decides_but_never_on_their_own_request()
    {
        Assert.True(LeaveRules.MayDecide(isHeadOfRequestersBranch: true, isOrganiser: false, isRequester: false));
        Assert.True(LeaveRules.MayDecide(false, isOrganiser: true, false));
        Assert.False(LeaveRules.MayDecide(false, false, false));
        Assert.False(LeaveRules.MayDecide(true, true, isRequester: true));
        Assert.Null(LeaveRules.RefuseDecision(LeaveStatus.Pending));
        Assert.NotNull(LeaveRules.RefuseDecision(LeaveStatus.Approved));
    }

    [Fact]
    public void Only_an_approved_leave_is_closed_and_only_after_the_session()
    {
        Assert.Null(LeaveRules.RefuseClosing(LeaveStatus.Approved, End, End));
        Assert.Contains("学习结束后", LeaveRules.RefuseClosing(LeaveStatus.Approved, End, Start));
        Assert.Contains("已批准", LeaveRules.RefuseClosing(LeaveStatus.Pending, End, End));
        Assert.Contains("已批准", LeaveRules.RefuseClosing(LeaveStatus.Refused, End, End));
        Assert.Contains("已经销假", LeaveRules.RefuseClosing(LeaveStatus.Closed, End, End));
    }

    [Theory]
    [InlineData(true, true, true, Attendance.Present)]
    [InlineData(false, true, true, Attendance.OnLeave)]
    [InlineData(false, false, true, Attendance.Absent)]
    [InlineData(false, false, false, Attendance.NotYet)]
    public void Signed_in_beats_leave_and_absence_needs_the_end(bool signedIn, bool onLeave, bool ended, Attendance expected) =>
        Assert.Equal(expected, AttendanceRules.Of(signedIn, onLeave, ended));

    [Fact]
    public void A_reflection_over_the_limit_is_refused_with_its_length()
    {
        Assert.Empty(ReflectionRules.Validate("体会", new string('学', ReflectionRules.BodyMaxLength), hasSubject: true));
        var problems = ReflectionRules.Validate("体会", new string('学', ReflectionRules.BodyMaxLength + 1), hasSubject: true);
        Assert.Equal($"正文不能超过 3000 个字（现有 3001 个字），请删减后再提交。", Assert.Single(problems));
        Assert.Equal(3, ReflectionRules.Validate("", "", hasSubject: false).Count);
    }

    [Fact]
    public void A_session_needs_a_title_a_topic_and_an_end_after_its_start()
    {
        Assert.Empty(SessionRules.Validate("学习", "监督法", Start, End));
        Assert.Contains("结束时间必须晚于开始时间。", SessionRules.Validate("学习", "监督法", End, Start));
        Assert.Contains("请填写名称。", SessionRules.Validate(" ", "监督法", Start, End));
        Assert.Contains("请填写开始时间和结束时间。", SessionRules.Validate("学习", "监督法", null, End));
        Assert.Contains("一次学习活动不能超过 7 天。", SessionRules.Validate("学习", "监督法", Start, Start.AddDays(8)));
    }

    [Fact]
    public void Statistics_count_what_each_member_was_expected_at_by_branch()
    {
        MemberFacts[] members = [new("a", "甲", 1, "一支部"), new("b", "乙", 1, "一支部"), new("c", "丙", 2, "二支部")];
        SessionFacts[] sessions =
        [
            new(1, null, true, true),   // whole organ, over
            new(2, 1, true, true),      // branch 1 only, over
            new(3, null, false, true),  // self-study: no sheet
            new(4, null, true, false),  // not over yet
        ];
        var signIns = new HashSet<(int, string)> { (1, "a"), (2, "a"), (2, "c"), (4, "b") };
        var leaves = new HashSet<(int, string)> { (1, "b"), (1, "a"), (4, "c") };

        var figures = StudyStatistics.Compute(sessions, members, signIns, leaves, new Dictionary<string, int> { ["a"] = 2 });

        var a = figures.People.Single(p => p.UserId == "a");
        Assert.Equal((3, 2, 0, 0, 2), (a.Expected, a.Attended, a.Leave, a.Absent, a.Reflections));
        var b = figures.People.Single(p => p.UserId == "b");
        Assert.Equal((3, 1, 1, 1), (b.Expected, b.Attended, b.Leave, b.Absent));
        var c = figures.People.Single(p => p.UserId == "c");
        Assert.Equal((2, 0, 1, 1), (c.Expected, c.Attended, c.Leave, c.Absent));
        var branch1 = figures.Branches.Single(br => br.BranchName == "一支部");
        Assert.Equal((2, 3, 1, 1, 2), (branch1.Members, branch1.Attended, branch1.Leave, branch1.Absent, branch1.Reflections));
        Assert.Equal((3, 2, 2, 2), (figures.Attended, figures.Leave, figures.Absent, figures.Reflections));
    }
}
