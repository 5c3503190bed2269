using Portal.Study.Models;

namespace Portal.Study.Rules;

/// <summary>The rules of leave requests (请销假).</summary>
public static class LeaveRules
{
    public const int ReasonMaxLength = 500;

    public static string? RefuseRequest(StudyForm form, DateTime endsAt, DateTime now, string? reason, bool isExpected, bool signedIn, bool hasOpenRequest)
    {
        if (!StudyForms.KeepsSignInSheet(form))
        {
            return "个人自学无需请假。";
        }

        if (!isExpected)
        {
            return "您不在本次学习的参加范围内，无需请假。";
        }

        if (now >= endsAt)
        {
            return "本次学习已经结束，不能再请假。";
        }

        if (signedIn)
        {
            return "您已签到，不能再请假。";
        }

        if (hasOpenRequest)
        {
            return "您已提交过本次学习的请假申请。";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "请填写请假事由。";
        }

        return reason.Trim().Length > ReasonMaxLength ? $"请假事由不能超过 {ReasonMaxLength} 个字（现有 {reason.Trim().Length} 个字）。" : null;
    }

    /// <summary>The head of the requester's branch decides; an organiser decides too (e.g. for a branch head's own request); nobody decides their own.</summary>
    public static bool MayDecide(bool isHeadOfRequestersBranch, bool isOrganiser, bool isRequester) =>
        !isRequester && (isHeadOfRequestersBranch || isOrganiser);

    public static string? RefuseDecision(LeaveStatus status) =>
        status == LeaveStatus.Pending ? null : "此请假申请已经处理过了。";

    /// <summary>销假: an approved leave is closed once the session is over.</summary>
    public static string? RefuseClosing(LeaveStatus status, DateTime endsAt, DateTime now) => status switch
    {
        LeaveStatus.Closed => "此请假已经销假。",
        not LeaveStatus.Approved => "只有已批准的请假才能销假。",
        _ when now < endsAt => "学习结束后才能销假。",
        _ => null,
    };

    public static bool CountsAsLeave(LeaveStatus status) => status is LeaveStatus.Approved or LeaveStatus.Closed;

    public static string Name(LeaveStatus status) => status switch
    {
        LeaveStatus.Pending => "待审批",
        LeaveStatus.Approved => "已批准",
        LeaveStatus.Refused => "未批准",
        LeaveStatus.Closed => "已销假",
        _ => status.ToString(),
    };

    public static string StepName(LeaveStatus status) => status switch
    {
        LeaveStatus.Pending => "提交请假",
        LeaveStatus.Approved => "批准",
        LeaveStatus.Refused => "不批准",
        LeaveStatus.Closed => "销假",
        _ => status.ToString(),
    };
}
