using Portal.Core.Navigation;

namespace Portal.Study;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("学习活动", "学习日程", "/admin/study", StudyPermissions.TakePartInStudy, 400),
        new("学习活动", "学习资料", "/admin/study/materials", StudyPermissions.TakePartInStudy, 410),
        new("学习活动", "请销假", "/admin/study/leave", StudyPermissions.TakePartInStudy, 420),
        new("学习活动", "心得体会", "/admin/study/reflections", StudyPermissions.TakePartInStudy, 430),
        new("学习活动", "心得评选", "/admin/study/reflections/all", StudyPermissions.ManageStudy, 440),
        new("学习活动", "学习统计", "/admin/study/statistics", StudyPermissions.ManageStudy, 450),
        new("学习活动", "支部与人员", "/admin/study/branches", StudyPermissions.ManageStudy, 460),
    ];
}
