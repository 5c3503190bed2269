using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Core.Tests;

public sealed partial class SiteNavigationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Main_navigation_lists_home_the_columns_and_every_module_in_order()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/");

        Assert.Equal(
            ["首页", "工作动态", "主题活动", "代表工作", "自身建设", "代表名录", "工作台账", "征文活动", "规章制度", "学习活动"],
            NavigationTexts(html));
    }

    [Theory]
    [InlineData("/ledger", "工作台账")]
    [InlineData("/regulations/duties", "规章制度")]
    [InlineData("/study/2012", "学习活动")]
    [InlineData("/columns/zhuti-huodong", "主题活动")]
    public async Task The_entry_of_the_current_section_is_marked(string path, string current)
    {
        var html = await PortalClient.Create(factory).GetStringAsync(path);

        Assert.Equal([current], CurrentTexts(html));
    }

    private static string Navigation(string html) =>
        html[html.IndexOf("aria-label=\"主导航\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("aria-label=\"主导航\"", StringComparison.Ordinal), StringComparison.Ordinal)];

    private static List<string> NavigationTexts(string html) =>
        NavigationLink().Matches(Navigation(html)).Select(match => match.Groups["text"].Value).ToList();

    private static List<string> CurrentTexts(string html) =>
        NavigationLink().Matches(Navigation(html)).Where(match => match.Value.Contains("aria-current=\"page\"")).Select(match => match.Groups["text"].Value).ToList();

    [GeneratedRegex("<a [^>]*>(?<text>[^<]+)</a>")]
    private static partial Regex NavigationLink();
}
