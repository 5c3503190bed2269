using Portal.Core.Security;

namespace Portal.Contests;

public static class ContestsPermissions
{
    public static readonly Permission ManageContests = new(nameof(ManageContests), "管理征文活动（通知、赛道、参赛作品、发布结果）", "征文活动");
    public static readonly Permission ManageJudging = new(nameof(ManageJudging), "分配评委、重开评分、评定奖项、导出成绩", "征文活动");
    public static readonly Permission JudgeEntries = new(nameof(JudgeEntries), "评审分配给自己的参赛作品", "征文活动");
    public static readonly Permission SubmitEntries = new(nameof(SubmitEntries), "提交参赛作品", "征文活动");

    public static readonly IReadOnlyList<Permission> All = [ManageContests, ManageJudging, JudgeEntries, SubmitEntries];
}
