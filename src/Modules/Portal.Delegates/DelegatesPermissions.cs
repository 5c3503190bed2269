using Portal.Core.Security;

namespace Portal.Delegates;

public static class DelegatesPermissions
{
    public static readonly Permission ManageDelegates = new(nameof(ManageDelegates), "管理代表资料（含私密信息、导入导出）", "代表");
    public static readonly Permission ReviewVoterContacts = new(nameof(ReviewVoterContacts), "审核联系选民记录", "代表");
    public static readonly Permission ManageLiaisonPoints = new(nameof(ManageLiaisonPoints), "管理联系点", "代表");
    public static readonly Permission KeepOwnDelegateRecord = new(nameof(KeepOwnDelegateRecord), "维护本人的代表资料和联系选民记录", "代表");

    public static readonly IReadOnlyList<Permission> All = [ManageDelegates, ReviewVoterContacts, ManageLiaisonPoints, KeepOwnDelegateRecord];
}
