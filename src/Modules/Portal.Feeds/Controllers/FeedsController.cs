using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Feeds.Services;
using Portal.News.Services;

namespace Portal.Feeds.Controllers;

public sealed class FeedsController(NewsFeedQueries feeds, ColumnTree columns, IOptions<PortalOptions> portal, TimeProvider clock) : Controller
{
    private const string RssType = "application/rss+xml; charset=utf-8";

    /// <summary>The page that lists every feed, for readers who want to subscribe.</summary>
    [HttpGet("feeds")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "RSS 订阅";
        return View(await columns.FlattenAsync());
    }

    [HttpGet("feeds/news.xml")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> News() =>
        Rss(new FeedChannel("全部新闻", "许昌市人大常委会门户网站的最新文章。", "/feeds/news.xml", "/", await feeds.LatestAsync()));

    [HttpGet("feeds/columns/{slug}.xml")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Column(string slug)
    {
        var column = await columns.FindBySlugAsync(slug);
        if (column is null)
        {
            return NotFound();
        }

        return Rss(new FeedChannel(column.Name, column.Description ?? $"“{column.Name}”栏目的最新文章。", $"/feeds/columns/{column.Slug}.xml",
            $"/columns/{column.Slug}", await feeds.LatestInColumnAsync(column.Id)));
    }

    private FileContentResult Rss(FeedChannel channel) =>
        File(RssWriter.Write(channel, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", portal.Value.SiteName, clock.GetUtcNow().UtcDateTime), RssType);
}
