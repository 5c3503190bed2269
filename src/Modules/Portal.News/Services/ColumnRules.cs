using Portal.Contents.Rules;
using Portal.News.Models;

namespace Portal.News.Services;

/// <summary>What a column edit must satisfy: a valid unique route and a parent that is not itself or below it.</summary>
public static class ColumnRules
{
    public static IEnumerable<(string Field, string Message)> Validate(int? id, string slug, int? parentId, IReadOnlyList<Column> all, IReadOnlyList<int> selfAndDescendants)
    {
        if (SlugRules.Validate(slug) is { } slugError)
        {
            yield return ("Slug", slugError);
        }
        else if (all.Any(c => c.Slug == slug && c.Id != id))
        {
            yield return ("Slug", $"网址标识 “{slug}” 已被其他栏目使用。");
        }

        if (parentId is { } parent)
        {
            if (all.All(c => c.Id != parent))
            {
                yield return ("ParentId", "所选上级栏目不存在。");
            }
            else if (id is not null && selfAndDescendants.Contains(parent))
            {
                yield return ("ParentId", "不能把栏目放到它自己或它的下级栏目之下。");
            }
        }
    }
}
