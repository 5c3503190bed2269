using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.News.Models;
using Portal.News.Services;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

public sealed class ArticlesController(PortalDbContext db, ContentManager contents, ColumnTree columns, ArticleQueries articles) : Controller
{
    [HttpGet("news/{slug}")]
    [HttpHead("news/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var index = await db.Set<ArticleIndex>().AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug && a.PublishedColumnId != null);
        var item = index is null ? null : await contents.FindAsync(index.ContentItemId);
        var version = item is null ? null : await contents.GetPublishedAsync(item.Id);
        if (index is null || item is null || version is null)
        {
            return NotFound();
        }

        var fields = ArticleFields.FromJson(version.Fields);
        var (previous, next) = await articles.NeighboursAsync(index);
        ViewData["Title"] = version.Title;
        ViewData["Description"] = version.Summary;
        return View(new ArticleViewModel(item.Id, version.Title, version.BodyHtml, fields.Source, item.PublishedAt, item.ViewCount,
            await columns.PathAsync(fields.ColumnId), previous, next, IsPreview: false));
    }
}
