using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.News.Services;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

public sealed class HomeController(ColumnTree columns, ArticleQueries articles) : Controller
{
    private const int ItemsPerColumn = 8;

    [HttpGet("/")]
    [HttpHead("/")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index()
    {
        var boxes = new List<ColumnBox>();
        foreach (var column in await columns.RootsAsync())
        {
            boxes.Add(new ColumnBox(column, await articles.LatestInColumnAsync(column.Id, ItemsPerColumn)));
        }

        return View(new HomeViewModel(await articles.FeaturedAsync(3), boxes));
    }
}
