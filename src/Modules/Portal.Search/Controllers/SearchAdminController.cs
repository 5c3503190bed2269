using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Search.Models;
using Portal.Search.Rules;
using Portal.Search.Services;
using Portal.Search.ViewModels;

namespace Portal.Search.Controllers;

[Route("admin/search")]
[RequirePermission(nameof(SearchPermissions.ManageSearch))]
public sealed class SearchAdminController(
    SearchIndex index,
    SearchIndexer indexer,
    SearchQueue queue,
    SearchQueueSignal signal,
    PortalDbContext db,
    IAuditLog audit,
    TimeProvider clock,
    IOptions<SearchOptions> options) : Controller
{
    private const int ListedFailures = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "站内搜索";
        var node = index.NodeId;
        var ofNode = db.Set<SearchIndexFailure>().AsNoTracking().Where(f => f.Node == node);
        var failures = await ofNode
            .OrderByDescending(f => f.IsParked).ThenByDescending(f => f.LastAttemptAt).Take(ListedFailures)
            .Select(f => new FailedItem(f.Kind, f.Key, f.Attempts, f.LastError, f.LastAttemptAt, f.IsParked ? (DateTime?)null : f.NextAttemptAt))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new SearchAdminPage(index.DocumentCount, index.Mark, await indexer.PendingAsync(HttpContext.RequestAborted),
            indexer.LastRebuiltAt, options.Value.IndexPath ?? "（数据目录下的 search-index）", node, await ofNode.CountAsync(HttpContext.RequestAborted), failures));
    }

    /// <summary>Every node rebuilds its own index from the database when it reads this request from the queue.</summary>
    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild()
    {
        queue.RequestRebuild();
        audit.Record("重建索引", "站内搜索", "index", "请求所有节点从数据库重建搜索索引");
        await db.SaveChangesAsync();
        TempData["Message"] = "已请求重建索引：各服务器将从数据库重新建立搜索索引，通常几秒钟内完成。";
        return Redirect("/admin/search");
    }

    /// <summary>
    /// Tries a failed item again at once, on every node that recorded it: what made it fail (the module's code or the
    /// item's data) is shared by all nodes, and so is the fix.
    /// </summary>
    [HttpPost("failures/retry")]
    public async Task<IActionResult> Retry(string kind, string key)
    {
        var records = await db.Set<SearchIndexFailure>().Where(f => f.Kind == kind && f.Key == key).ToListAsync();
        var item = FailedItemName(kind, key);
        if (records.Count == 0)
        {
            TempData["Message"] = $"{item}已不在未能收录的列表中，可能已经重试成功，无需再次重试。";
            return Redirect("/admin/search");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in records)
        {
            IndexRetryRules.RetryNow(record, now);
        }

        audit.Record("重试索引", "站内搜索", SearchDocument.IdOf(kind, key), $"请求各服务器立即重新收录{item}（此前已尝试 {records.Max(r => r.Attempts)} 次）");
        await db.SaveChangesAsync();
        signal.Notify();
        TempData["Message"] = $"已安排立即重试{item}：各服务器将在几秒钟内重新读取并收录；如果仍然失败，它会再次列在下方。";
        return Redirect("/admin/search");
    }

    private static string FailedItemName(string kind, string key) =>
        key == SearchIndexFailure.EveryItem ? $"“{kind}”类的全部条目" : $"“{kind}” {key}";
}
