using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.ViewModels;
using Portal.News.Models;

namespace Portal.Ledger.Services;

/// <summary>The news articles that report on a task, found by their route (网址标识) or number.</summary>
public sealed class TaskLinks(PortalDbContext db, IAuditLog audit, PublicPagesCache cache)
{
    public async Task<IReadOnlyList<NewsLink>> ForAsync(int taskId, bool publishedOnly) =>
        await (from link in db.Set<TaskNewsLink>().AsNoTracking()
               join article in db.Set<ArticleIndex>().AsNoTracking() on link.ContentItemId equals article.ContentItemId
               where link.TaskId == taskId && (!publishedOnly || article.PublishedColumnId != null)
               orderby article.PublishedAt descending
               select new NewsLink(article.ContentItemId, article.Slug, article.PublishedTitle ?? article.Title, article.PublishedColumnId != null))
            .ToListAsync();

    /// <summary>Links the article; returns a Chinese message when it cannot.</summary>
    /// <param name="reference">The article's number, its route, or its address such as <c>/news/2012-portal-launched</c>.</param>
    public async Task<string?> AddAsync(LedgerTask task, string? reference)
    {
        var text = reference?.Trim().TrimEnd('/') ?? "";
        if (text.Length == 0)
        {
            return "请填写文章的网址标识或编号。";
        }

        var slug = text[(text.LastIndexOf('/') + 1)..];
        var articles = db.Set<ArticleIndex>().AsNoTracking();
        var article = long.TryParse(slug, out var id)
            ? await articles.FirstOrDefaultAsync(a => a.ContentItemId == id)
            : await articles.FirstOrDefaultAsync(a => a.Slug == slug);
        if (article is null)
        {
            return $"找不到网址标识或编号为“{slug}”的文章。";
        }

        if (article.PublishedColumnId is null)
        {
            return $"文章“{article.Title}”尚未发布，只能关联已发布的文章。";
        }

        if (await db.Set<TaskNewsLink>().AnyAsync(l => l.TaskId == task.Id && l.ContentItemId == article.ContentItemId))
        {
            return $"已关联过文章“{article.PublishedTitle}”。";
        }

        db.Add(new TaskNewsLink { TaskId = task.Id, ContentItemId = article.ContentItemId });
        audit.Record("关联文章", "工作任务", task.Id.ToString(), $"第 {task.Number} 项 ← 《{article.PublishedTitle}》");
        await db.SaveChangesAsync();
        await cache.EvictAsync();
        return null;
    }

    public async Task<bool> RemoveAsync(LedgerTask task, long contentItemId)
    {
        var link = await db.Set<TaskNewsLink>().FirstOrDefaultAsync(l => l.TaskId == task.Id && l.ContentItemId == contentItemId);
        if (link is null)
        {
            return false;
        }

        db.Remove(link);
        audit.Record("取消关联文章", "工作任务", task.Id.ToString(), $"第 {task.Number} 项，文章 {contentItemId}");
        await db.SaveChangesAsync();
        await cache.EvictAsync();
        return true;
    }
}
