using Portal.Core.Navigation;

namespace Portal.Delegates;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("代表", "代表资料", "/admin/delegates", DelegatesPermissions.ManageDelegates, 200),
        new("代表", "联系选民记录审核", "/admin/delegates/contacts", DelegatesPermissions.ReviewVoterContacts, 210),
        new("代表", "联系点", "/admin/liaison-points", DelegatesPermissions.ManageLiaisonPoints, 220),
        new("代表履职", "我的代表资料", "/my/profile", DelegatesPermissions.KeepOwnDelegateRecord, 230),
        new("代表履职", "我的联系选民记录", "/my/contacts", DelegatesPermissions.KeepOwnDelegateRecord, 240),
    ];
}
