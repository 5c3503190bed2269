using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserPortal portal) : Journey(portal)
{
    private const string SummaryTitle = "2012“强两基重民生转方式促发展”主题活动总结";

    [Fact]
    public Task Reader_finds_the_summary_report_sees_its_chrome_counts_views_and_keeps_a_larger_font() => RunAsync("reader", async () =>
    {
        var page = await OpenAsync("reader");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Link, new() { Name = "自身建设", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/columns/ziti-jianshe");
        Assert.Equal("自身建设", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());

        var firstCount = await OpenCountedAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = SummaryTitle }).ClickAsync());
        Assert.EndsWith("/news/2012-theme-activity-summary", page.Url);
        Assert.Equal(SummaryTitle, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());

        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "当前位置" });
        Assert.Equal("当前位置: 首页 > 自身建设 > 机关建设", await AsSeenAsync(breadcrumb));
        var meta = page.Locator(".article-meta");
        Assert.Contains("信息来源: 许昌市人大常委会", await meta.InnerTextAsync());
        Assert.Equal("2013-01-13", await meta.Locator("[data-field=date]").TextContentAsync());
        Assert.Contains("阅读次数", await meta.InnerTextAsync());
        var qrCode = page.GetByRole(AriaRole.Img, new() { Name = "扫一扫在手机打开" });
        await Assertions.Expect(qrCode).ToBeVisibleAsync();
        Assert.Equal(page.Url, QrCodeReading.DecodePng(await qrCode.ScreenshotAsync()));

        // A second reading, in a new profile: the count (taken by site.js's POST, past the output cache) went up.
        var later = await OpenAsync("second-reader");
        var secondCount = await OpenCountedAsync(later, () => later.GotoAsync("/news/2012-theme-activity-summary"));
        Assert.True(secondCount > firstCount, $"阅读次数 should rise on a new reading: {firstCount} then {secondCount}.");

        // 字号 大: the article text grows, and the choice is kept for the next page in this profile.
        var body = page.Locator(".article-body");
        var medium = await FontSizeAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        var large = await FontSizeAsync(body);
        Assert.True(large > medium, $"字号 大 should enlarge the text: {medium}px then {large}px.");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(large, await FontSizeAsync(page.Locator(".article-body")));
        Assert.Equal("large", await page.EvaluateAsync<string>("() => localStorage.getItem('portal.fontSize')"));
        // ...while another profile still reads at the default size.
        Assert.Equal(medium, await FontSizeAsync(later.Locator(".article-body")));
    });

    /// <summary>Opens the article and waits for the view counter's answer; returns the count it then shows.</summary>
    private static async Task<int> OpenCountedAsync(IPage page, Func<Task> open)
    {
        var response = await page.RunAndWaitForResponseAsync(open,
            r => r.Request.Method == "POST" && Regex.IsMatch(r.Url, "/content/\\d+/views$"));
        Assert.Equal(200, response.Status);
        var counter = page.Locator("[data-field=views]");
        var expected = (await response.JsonAsync())!.Value.GetProperty("views").GetInt32();
        await Assertions.Expect(counter).ToHaveTextAsync(expected.ToString(CultureInfo.InvariantCulture));
        return expected;
    }

    private static async Task<double> FontSizeAsync(ILocator element) =>
        double.Parse((await element.EvaluateAsync<string>("e => getComputedStyle(e).fontSize")).Replace("px", ""), CultureInfo.InvariantCulture);

    /// <summary>The breadcrumb as a reader sees it: its text with the " > " separators that the stylesheet draws between items.</summary>
    private static Task<string> AsSeenAsync(ILocator breadcrumb) => breadcrumb.EvaluateAsync<string>("""
        nav => {
            const label = [...nav.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent.trim()).join("");
            const items = [...nav.querySelectorAll("li")].map(li => {
                const before = getComputedStyle(li, "::before").content;
                return (before && before !== "none" ? JSON.parse(before) : "") + li.textContent.trim();
            });
            return (label + " " + items.join("")).replace(/\s+/g, " ");
        }
        """);
}
