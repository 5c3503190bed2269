using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.News.Services;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

public sealed class ColumnsController(ColumnTree columns, ArticleQueries articles) : Controller
{
    private const int PageSize = 20;

    [HttpGet("columns/{slug}")]
    [HttpHead("columns/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug, int page = 1)
    {
        var column = await columns.FindBySlugAsync(slug);
        if (column is null)
        {
            return NotFound();
        }

        page = Math.Max(1, page);
        var (items, total) = await articles.ColumnPageAsync(column.Id, page, PageSize);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            return NotFound();
        }

        return View(new ColumnPageViewModel(column, await columns.PathAsync(column.Id), await columns.ChildrenAsync(column.Id), items, page, pageCount));
    }
}
