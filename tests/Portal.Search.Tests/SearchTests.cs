using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>Readers search the demo portal in Chinese.</summary>
public sealed class SearchTests : IClassFixture<SearchTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<ISearchDocumentSource, TestRecordSource>());
        }
    }

    private readonly Portal _portal;
    private readonly PortalClient _reader;

    public SearchTests(Portal portal)
    {
        _portal = portal;
        _reader = PortalClient.Create(portal);
        portal.Services.CatchUpAsync().GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("金点子", "/news/2012-essay-and-golden-ideas-results")]
    [InlineData("民生", "/news/2012-theme-activity-launch")]
    [InlineData("督办工作程序", "/regulations/duban-gongzuo-chengxu")]
    [InlineData("中原经济区", "/contests/2012-zhongyuan-zhengwen")]
    [InlineData("工作评议", "/regulations/gongzuo-pingyi-banfa")]
    [InlineData("新九论", "/news/2012-study-new-nine-eighteen")]
    [InlineData("示例区第一中学", "/delegates/daibiao-jia")]
    [InlineData("参加对象", "/contests/2012-zhongyuan-zhengwen")]
    [InlineData("机关实施方案", "/ledger/2012/tasks/1")]
    public async Task A_chinese_word_finds_the_item_that_holds_it(string query, string expected)
    {
        var html = await _reader.SearchAsync(query);

        Assert.Contains(expected, SearchHost.ResultUrls(html));
    }

    [Fact]
    public async Task A_published_winning_essay_is_found_by_its_text_and_leads_to_its_page()
    {
        var urls = SearchHost.ResultUrls(await _reader.SearchAsync("许昌先行区"));

        Assert.Contains(urls, url => url.StartsWith("/contests/2012-zhongyuan-zhengwen/winners/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delegates_private_fields_are_never_found()
    {
        var urls = SearchHost.ResultUrls(await _reader.SearchAsync("示例小区1号楼"));

        Assert.DoesNotContain(urls, url => url.StartsWith("/delegates/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_regulation_named_by_the_query_ranks_first_and_its_words_are_marked()
    {
        var html = await _reader.SearchAsync("督办工作程序");

        Assert.Equal("/regulations/duban-gongzuo-chengxu", SearchHost.ResultUrls(html)[0]);
        Assert.Contains("<mark>督办</mark>", html);
        Assert.Contains("规范性文件", html);
    }

    [Fact]
    public async Task Words_next_to_each_other_rank_above_the_same_words_apart()
    {
        await _portal.Services.ArticleAsync("候鸟保护纪要", "湿地面积稳定，巡查工作有序，湿地记录齐全，巡查到位。");
        var adjacent = await _portal.Services.ArticleAsync("候鸟监测简报", "湿地巡查工作有序，面积稳定，记录齐全，处处到位。");
        await _portal.Services.CatchUpAsync();

        var urls = SearchHost.ResultUrls(await _reader.SearchAsync("湿地巡查"));

        Assert.Equal(2, urls.Count);
        Assert.Equal($"/news/{adjacent.Slug}", urls[0]);
    }

    [Fact]
    public async Task A_word_split_across_a_line_break_is_still_found()
    {
        var item = await _portal.Services.ArticleAsync("断行测试稿件", "本次活动共征集金点\n子建议一百余条。");
        await _portal.Services.CatchUpAsync();

        var html = await _reader.SearchAsync("金点子");

        Assert.Contains($"/news/{item.Slug}", SearchHost.ResultUrls(html));
    }

    [Fact]
    public async Task Drafts_unpublished_and_deleted_items_never_appear()
    {
        var draft = await _portal.Services.ArticleAsync("草稿不可搜索", "琉璃瓦修缮草稿的正文。", publish: false);
        var published = await _portal.Services.ArticleAsync("已发布又撤回", "翡翠湖治理的正文。");
        await _portal.Services.CatchUpAsync();
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("琉璃瓦")));
        Assert.Equal(1, SearchHost.Total(await _reader.SearchAsync("翡翠湖")));

        await _portal.Services.ChangeAsync(published.Id, (c, stamp) => c.UnpublishAsync(published.Id, stamp));
        await _portal.Services.CatchUpAsync();
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("翡翠湖")));

        await _portal.Services.ChangeAsync(published.Id, (c, stamp) => c.PublishAsync(published.Id, stamp));
        await _portal.Services.ChangeAsync(published.Id, (c, stamp) => c.RemoveAsync(published.Id, stamp));
        await _portal.Services.ChangeAsync(draft.Id, (c, stamp) => c.SubmitAsync(draft.Id, stamp));
        await _portal.Services.CatchUpAsync();
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("翡翠湖")));
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("琉璃瓦")));
    }

    [Fact]
    public async Task A_new_draft_of_a_published_item_leaves_the_published_text_in_the_index()
    {
        var item = await _portal.Services.ArticleAsync("版本测试", "珊瑚礁保护的正文。");
        await _portal.Services.ChangeAsync(item.Id, async (c, stamp) =>
            await c.SaveDraftAsync(item.Id, stamp, new("版本测试", "尚未发布的玳瑁修改。", null, (await c.GetLatestAsync(item.Id))!.Fields)));
        await _portal.Services.CatchUpAsync();

        Assert.Equal(1, SearchHost.Total(await _reader.SearchAsync("珊瑚礁")));
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("玳瑁")));
    }

    [Fact]
    public async Task Module_records_join_through_the_queue_and_private_ones_never_appear()
    {
        TestRecordSource.Records["1"] = ("公开的台账任务蓝莓园", true);
        TestRecordSource.Records["2"] = ("内部的台账任务蓝莓园", false);
        await EnqueueAsync("1", "2");
        await _portal.Services.CatchUpAsync();

        var html = await _reader.SearchAsync("蓝莓园");
        Assert.Equal(["/ledger/tasks/1"], SearchHost.ResultUrls(html));
        Assert.Contains("工作任务", html);

        TestRecordSource.Records["1"] = ("公开的台账任务蓝莓园", false);
        await EnqueueAsync("1");
        await _portal.Services.CatchUpAsync();
        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("蓝莓园")));
    }

    [Fact]
    public async Task Page_text_is_encoded_and_only_the_marks_are_html()
    {
        await _portal.Services.ArticleAsync("标记<script>alert(1)</script>芒果干", "正文里有<b>粗体</b>和 & 符号，芒果干。");
        await _portal.Services.CatchUpAsync();

        var html = await _reader.SearchAsync("芒果干");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<mark>芒果</mark>", html);
    }

    [Fact]
    public async Task The_snippet_is_cut_where_the_word_stands_deep_in_the_text_and_marks_it()
    {
        var filler = string.Concat(Enumerable.Repeat("本次会议听取了有关部门的工作情况报告。", 30));
        await _portal.Services.ArticleAsync("常委会会议纪要（荔枝）", filler + "会议还审议了荔枝园灌溉的方案。" + filler);
        await _portal.Services.CatchUpAsync();

        var html = await _reader.SearchAsync("荔枝");
        var snippet = System.Text.RegularExpressions.Regex.Match(html, "class=\"search-snippet\">(.*?)</p>").Groups[1].Value;

        Assert.Contains("<mark>荔枝</mark>", snippet);
        Assert.Contains("灌溉", snippet);
        Assert.True(snippet.Length < 300, snippet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("法")]
    [InlineData("+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /")]
    [InlineData("民生 AND")]
    [InlineData("\"民生")]
    [InlineData("民生*")]
    public async Task Odd_queries_get_a_page_never_an_error(string query)
    {
        var html = await _reader.SearchAsync(query);

        Assert.Contains("站内搜索", html);
    }

    [Fact]
    public async Task An_empty_query_and_a_query_of_symbols_say_what_to_do()
    {
        Assert.Contains("请输入要搜索的词语", await _reader.SearchAsync(""));
        Assert.Contains("没有可以查找的词语", await _reader.SearchAsync("&& || !"));
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_cut_and_says_so()
    {
        var html = await _reader.SearchAsync(string.Concat(Enumerable.Repeat("民生", 5_000)));

        Assert.Contains("只按前 100 个字搜索", html);
    }

    [Fact]
    public async Task Filters_by_type_column_and_date_narrow_the_results()
    {
        var byType = SearchHost.ResultUrls(await _reader.SearchAsync("机关", "&type=" + Uri.EscapeDataString("工作制度")));
        Assert.NotEmpty(byType);
        Assert.All(byType, url => Assert.StartsWith("/regulations/jiguan-", url));

        var byColumn = SearchHost.ResultUrls(await _reader.SearchAsync("主题活动", "&column=" + Uri.EscapeDataString("机关建设")));
        Assert.Contains("/news/2012-theme-activity-summary", byColumn);
        Assert.All(byColumn, url => Assert.StartsWith("/news/", url));

        var parentColumn = SearchHost.ResultUrls(await _reader.SearchAsync("主题活动", "&column=" + Uri.EscapeDataString("自身建设")));
        Assert.Contains("/news/2012-theme-activity-summary", parentColumn);

        var byDate = SearchHost.ResultUrls(await _reader.SearchAsync("主题活动", "&type=" + Uri.EscapeDataString("文章") + "&from=2012-02-01&to=2012-02-28"));
        Assert.Equal(["/news/2012-02-25-special-meeting"], byDate);
    }

    [Fact]
    public async Task Results_can_be_ordered_by_date()
    {
        var html = await _reader.SearchAsync("主题活动", "&sort=date&type=" + Uri.EscapeDataString("文章"));
        var urls = SearchHost.ResultUrls(html);

        Assert.Equal("/news/2012-08-leading-group-adjusted", urls[0]);
        Assert.Equal("/news/2012-theme-activity-launch", urls[^1]);
    }

    [Fact]
    public async Task Pages_go_on_and_a_page_past_the_end_shows_the_last_with_a_message()
    {
        var first = await _reader.SearchAsync("常务委员会");
        Assert.True(SearchHost.Total(first) > 10);
        Assert.Contains("rel=\"next\"", first);

        var second = SearchHost.ResultUrls(await _reader.SearchAsync("常务委员会", "&page=2"));
        Assert.Empty(second.Intersect(SearchHost.ResultUrls(first)));

        var far = await _reader.SearchAsync("常务委员会", "&page=999");
        Assert.Contains("已显示最后一页", far);
        Assert.NotEmpty(SearchHost.ResultUrls(far));
        Assert.Contains("起始日期", await _reader.SearchAsync("民生", "&from=yesterday&page=abc"));
    }

    [Fact]
    public async Task Only_administrators_see_the_index_and_a_rebuild_restores_it()
    {
        var editor = await PortalClient.SignedInAsync(_portal, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/admin/search")).StatusCode);

        await using (var scope = _portal.CreateScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<Services.SearchIndex>();
            index.DeleteAll();
            index.Commit(index.Mark!.Value);
        }

        Assert.Equal(0, SearchHost.Total(await _reader.SearchAsync("工作评议")));

        var admin = await PortalClient.SignedInAsync(_portal, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        Assert.Contains("重建索引", await admin.GetStringAsync("/admin/search"));
        var rebuild = await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, rebuild.StatusCode);
        await _portal.Services.CatchUpAsync();

        Assert.Contains("/regulations/gongzuo-pingyi-banfa", SearchHost.ResultUrls(await _reader.SearchAsync("工作评议")));
    }

    private async Task EnqueueAsync(params string[] keys)
    {
        await using var scope = _portal.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<SearchQueue>();
        foreach (var key in keys)
        {
            queue.Enqueue(TestRecordSource.Kind, key);
        }

        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }
}
