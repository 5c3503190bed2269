using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.News.Models;
using Portal.News.Services;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

public sealed class ArticlesController(ColumnTree columns, ArticleQueries articles) : Controller
{
    [HttpGet("news/{slug}")]
    [HttpHead("news/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        if (await articles.PublishedAsync(slug) is not { } article)
        {
            return NotFound();
        }

        var fields = ArticleFields.FromJson(article.Fields);
        var (previous, next) = await articles.NeighboursAsync(article.Index);
        ViewData["Title"] = article.Title;
        ViewData["Description"] = article.Summary;
        return View(new ArticleViewModel(article.Index.ContentItemId, article.Title, article.BodyHtml, fields.Source, article.PublishedAt,
            article.ViewCount, await columns.PathAsync(fields.ColumnId), previous, next, IsPreview: false));
    }
}
