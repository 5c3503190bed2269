using Portal.Core.Security;

namespace Portal.Search;

public static class SearchPermissions
{
    public static readonly Permission ManageSearch = new(nameof(ManageSearch), "查看和重建站内搜索索引，重试未能收录的条目", "搜索");

    public static readonly IReadOnlyList<Permission> All = [ManageSearch];
}
