using Portal.Core.Security;

namespace Portal.Study;

public static class StudyPermissions
{
    public static readonly Permission TakePartInStudy = new(nameof(TakePartInStudy), "参加学习活动（日程、资料、签到、请销假、心得体会）", "学习活动");

    public static readonly Permission ManageStudy = new(nameof(ManageStudy), "组织学习活动（安排学习、签到表、资料、心得评选、统计）", "学习活动");

    public static readonly IReadOnlyList<Permission> All = [TakePartInStudy, ManageStudy];
}
