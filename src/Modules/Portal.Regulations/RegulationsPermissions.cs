using Portal.Core.Security;

namespace Portal.Regulations;

public static class RegulationsPermissions
{
    public static readonly Permission ManageRegulations = new(nameof(ManageRegulations), "管理规章制度", "规章制度");

    public static readonly IReadOnlyList<Permission> All = [ManageRegulations];
}
