using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Services;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserPortal portal) : Journey(portal)
{
    private const string Title = "许昌市人民代表大会常务委员会工作评议办法";

    [Fact]
    public Task Reader_types_a_chinese_word_in_the_search_box_and_opens_the_regulation() => RunAsync("search", async () =>
    {
        await Portal.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var page = await OpenAsync("reader");
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "站内搜索" }).FillAsync("工作评议");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));

        var result = page.Locator(".search-results li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }) });
        await Assertions.Expect(result.Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync("规范性文件");
        await result.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/regulations/gongzuo-pingyi-banfa$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator("[data-field=validity]").First).ToHaveTextAsync("有效");
        await Assertions.Expect(page.Locator(".regulation-new")).ToContainTextAsync("新增");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "当前位置" })).ToContainTextAsync("规章制度");
    });
}
