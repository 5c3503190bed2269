using System.Xml.Linq;
using Portal.Testing;

namespace Portal.Search.Tests;

public sealed class SitemapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_absolute_addresses()
    {
        var response = await PortalClient.Create(factory).Http.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Sitemap + "urlset", document.Root!.Name);
        var locations = document.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(locations, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http"), loc));
        var paths = locations.Select(l => new Uri(l).AbsolutePath).ToHashSet();
        foreach (var path in new[] { "/", "/columns/ziti-jianshe", "/columns/jiguan-jianshe", "/news/2012-theme-activity-summary", "/regulations",
                     "/regulations/duties", "/regulations/gongzuo-pingyi-banfa", "/regulations/duties-bangongshi",
                     "/delegates", "/delegates/daibiao-jia", "/liaison-points", "/liaison-points/shili-xuanmin-xiaozu-1",
                     "/contests", "/contests/2012-zhongyuan-zhengwen", "/contests/2012-zhongyuan-zhengwen/results" })
        {
            Assert.Contains(path, paths);
        }

        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.DoesNotContain(paths, p => p.StartsWith("/admin") || p.StartsWith("/account"));
    }

    [Fact]
    public async Task A_draft_is_not_in_the_sitemap()
    {
        var draft = await factory.Services.ArticleAsync("站点地图草稿", "草稿正文。", publish: false);

        var xml = await PortalClient.Create(factory).GetStringAsync("/sitemap.xml");

        Assert.DoesNotContain(draft.Slug, xml);
    }

    [Fact]
    public async Task Robots_point_to_the_sitemap_and_keep_crawlers_out_of_the_admin()
    {
        var robots = await PortalClient.Create(factory).GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /account", robots);
        Assert.Matches(@"Sitemap: https?://[^/\s]+/sitemap\.xml", robots);
    }
}
