using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Search.Services;
using Portal.Search.ViewModels;

namespace Portal.Search.Controllers;

[Route("admin/search")]
[RequirePermission(nameof(SearchPermissions.ManageSearch))]
public sealed class SearchAdminController(
    SearchIndex index,
    SearchIndexer indexer,
    SearchQueue queue,
    PortalDbContext db,
    IAuditLog audit,
    IOptions<SearchOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "站内搜索";
        return View(new SearchAdminPage(index.DocumentCount, index.Mark, await indexer.PendingAsync(HttpContext.RequestAborted),
            indexer.LastRebuiltAt, options.Value.IndexPath ?? "（数据目录下的 search-index）"));
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
}
