using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Portal.Feeds.Services;
using Portal.Testing;

namespace Portal.Feeds.Tests;

public sealed class FeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_news_feed_is_valid_rss_with_absolute_links_newest_first()
    {
        var channel = await ChannelAsync("/feeds/news.xml");

        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.Equal("2012“强两基重民生转方式促发展”主题活动总结", items[0].Element("title")!.Value);
        var dates = items.Select(i => DateTime.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.All(items, item =>
        {
            foreach (var name in new[] { "title", "link", "guid", "pubDate", "description" })
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Element(name)?.Value), $"item without {name}");
            }

            Assert.StartsWith("http", item.Element("link")!.Value);
            Assert.True(Uri.IsWellFormedUriString(item.Element("link")!.Value, UriKind.Absolute));
        });
    }

    [Fact]
    public async Task A_column_feed_holds_its_own_and_its_childrens_articles_only()
    {
        var channel = await ChannelAsync("/feeds/columns/ziti-jianshe.xml");

        var links = channel.Elements("item").Select(i => new Uri(i.Element("link")!.Value).AbsolutePath).ToList();
        Assert.Contains("/news/2012-theme-activity-summary", links);
        Assert.DoesNotContain("/news/2012-portal-launched", links);
        Assert.EndsWith("/columns/ziti-jianshe", channel.Element("link")!.Value);
        Assert.All(channel.Elements("item"), i => Assert.Equal("机关建设", i.Element("category")!.Value));
    }

    [Fact]
    public async Task An_unknown_column_has_no_feed()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.Create(factory).Http.GetAsync("/feeds/columns/no-such-column.xml")).StatusCode);
    }

    [Fact]
    public async Task The_subscription_page_lists_every_feed()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/feeds");

        Assert.Contains("/feeds/news.xml", html);
        Assert.Contains("/feeds/columns/jiguan-jianshe.xml", html);
    }

    [Fact]
    public void Dates_are_written_as_rfc_822_in_gmt()
    {
        Assert.Equal("Sat, 12 Jan 2013 16:00:00 GMT", RssWriter.Rfc822(new DateTime(2013, 1, 12, 16, 0, 0, DateTimeKind.Utc)));
    }

    /// <summary>Fetches a feed, checks the RSS 2.0 frame every reader needs, and returns its channel.</summary>
    private async Task<XElement> ChannelAsync(string path)
    {
        var response = await PortalClient.Create(factory).Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("rss", document.Root!.Name.LocalName);
        Assert.Equal("2.0", document.Root.Attribute("version")!.Value);
        var channel = document.Root.Element("channel")!;
        foreach (var name in new[] { "title", "link", "description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(name)?.Value), $"channel without {name}");
        }

        Assert.StartsWith("http", channel.Element("link")!.Value);
        Assert.EndsWith(path, channel.Element(Atom + "link")!.Attribute("href")!.Value);
        return channel;
    }
}
