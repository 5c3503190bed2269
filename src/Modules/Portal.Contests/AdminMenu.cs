using Portal.Core.Navigation;

namespace Portal.Contests;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("征文活动", "征文活动管理", "/admin/contests", ContestsPermissions.ManageContests, 200),
        new("征文活动", "评审", "/admin/judging", ContestsPermissions.JudgeEntries, 210),
        new("征文活动", "我的作品", "/my/entries", ContestsPermissions.SubmitEntries, 220),
    ];
}
