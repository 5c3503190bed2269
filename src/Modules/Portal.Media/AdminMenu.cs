using Portal.Core.Navigation;

namespace Portal.Media;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("内容", "媒体库", "/admin/media", MediaPermissions.ManageMedia, 115)];
}
