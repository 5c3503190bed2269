using Portal.Core.Security;

namespace Portal.Contents;

public static class ContentsPermissions
{
    public static readonly Permission EditOwnContent = new(nameof(EditOwnContent), "撰写和修改自己的内容", "内容");
    public static readonly Permission EditContent = new(nameof(EditContent), "修改所有内容", "内容");
    public static readonly Permission PublishContent = new(nameof(PublishContent), "发布和取消发布内容", "内容");
    public static readonly Permission DeleteContent = new(nameof(DeleteContent), "删除和恢复内容", "内容");

    public static readonly IReadOnlyList<Permission> All = [EditOwnContent, EditContent, PublishContent, DeleteContent];
}
