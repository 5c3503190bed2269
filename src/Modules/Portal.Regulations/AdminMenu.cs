using Portal.Core.Navigation;

namespace Portal.Regulations;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("内容", "规章制度", "/admin/regulations", RegulationsPermissions.ManageRegulations, 120)];
}
