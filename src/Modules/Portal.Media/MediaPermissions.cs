using Portal.Core.Security;

namespace Portal.Media;

public static class MediaPermissions
{
    public static readonly Permission ManageMedia = new(nameof(ManageMedia), "管理媒体库", "媒体库");

    public static readonly IReadOnlyList<Permission> All = [ManageMedia];
}
