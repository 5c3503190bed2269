using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.News.Tests;

public sealed class EditorialFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<NewsAdminDriver> AsAsync(string user, string password) =>
        new(factory, await PortalClient.SignedInAsync(factory, user, password));

    [Fact]
    public async Task Author_submits_a_draft_with_script_and_the_published_page_is_sanitized()
    {
        var author = await AsAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await author.CreateDraftAsync("脚本过滤测试稿件",
            "正常的段落文字。\n\n<script>alert('xss')</script>\n\n<img src=\"x\" onerror=\"alert(1)\">", command: "submit");

        await using (var scope = factory.CreateScope())
        {
            var item = await factory.Db(scope).Set<ContentItem>().SingleAsync(i => i.Id == id);
            Assert.Equal(ContentStatus.PendingReview, item.Status);
        }

        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostActionAsync(id, "publish")).StatusCode);

        var slug = await SlugAsync(id);
        var html = await PortalClient.Create(factory).GetStringAsync($"/news/{slug}");
        Assert.Contains("正常的段落文字。", html);
        Assert.DoesNotContain("alert('xss')", html);
        Assert.DoesNotContain("onerror", html);
    }

    [Fact]
    public async Task Author_cannot_publish_even_by_posting_directly()
    {
        var author = await AsAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await author.CreateDraftAsync("作者不能发布的稿件", "内容");

        var edit = await author.EditPageAsync(id);
        Assert.DoesNotContain("保存并发布", edit);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostActionAsync(id, "publish")).StatusCode);

        var viaForm = await author.SaveAsync(id, PortalClient.InputValue(edit, "ConcurrencyStamp"),
            new() { ["Title"] = "作者不能发布的稿件", ["ColumnId"] = (await author.ColumnIdAsync("gongzuo-dongtai")).ToString(), ["Body"] = "内容", ["Command"] = "publish" });
        Assert.Equal(HttpStatusCode.Forbidden, viaForm.StatusCode);

        await using var scope = factory.CreateScope();
        Assert.False(await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.HasPublishedVersion).SingleAsync());
    }

    [Fact]
    public async Task A_stale_save_is_refused_in_chinese_and_keeps_both_texts()
    {
        var first = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var second = await AsAsync(DemoAccounts.SecondEditor, DemoAccounts.EditorPassword);
        var id = await first.CreateDraftAsync("并发编辑测试", "原始正文");
        var column = (await first.ColumnIdAsync("gongzuo-dongtai")).ToString();
        var staleStamp = PortalClient.InputValue(await second.EditPageAsync(id), "ConcurrencyStamp");

        var firstSave = await first.SaveAsync(id, PortalClient.InputValue(await first.EditPageAsync(id), "ConcurrencyStamp"),
            new() { ["Title"] = "并发编辑测试", ["ColumnId"] = column, ["Body"] = "第一位编辑的正文" });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var staleSave = await second.SaveAsync(id, staleStamp,
            new() { ["Title"] = "并发编辑测试", ["ColumnId"] = column, ["Body"] = "第二位编辑的正文" });
        var page = await staleSave.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, staleSave.StatusCode);
        Assert.Contains("已被他人修改", page);
        Assert.Contains("第二位编辑的正文", page);
        Assert.Contains("第一位编辑的正文", page);
        await using var scope = factory.CreateScope();
        var latest = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal("第一位编辑的正文", latest.BodyMarkdown);
    }

    [Fact]
    public async Task Bad_input_gets_chinese_messages_and_saves_nothing()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        await using var before = factory.CreateScope();
        var count = await factory.Db(before).Set<ContentItem>().IgnoreQueryFilters().CountAsync();

        var tooLong = await editor.CreateAsync(new() { ["Title"] = new string('长', 201), ["ColumnId"] = (await editor.ColumnIdAsync("gongzuo-dongtai")).ToString(), ["Body"] = "正文保留" });
        var tooLongPage = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("标题不能超过 200 个字", tooLongPage);
        Assert.Contains("正文保留", tooLongPage);

        var unknownColumn = await editor.CreateAsync(new() { ["Title"] = "未知栏目", ["ColumnId"] = "99999", ["Body"] = "x" });
        Assert.Contains("所选栏目不存在", await unknownColumn.Content.ReadAsStringAsync());

        var badSlug = await editor.CreateAsync(new() { ["Title"] = "网址", ["Slug"] = "Bad Slug!", ["ColumnId"] = (await editor.ColumnIdAsync("gongzuo-dongtai")).ToString(), ["Body"] = "x" });
        Assert.Contains("网址标识只能使用小写字母", await badSlug.Content.ReadAsStringAsync());

        await using var after = factory.CreateScope();
        Assert.Equal(count, await factory.Db(after).Set<ContentItem>().IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task Tampered_ids_and_other_authors_items_are_refused()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.CreateDraftAsync("编辑的稿件", "内容");
        var author = await AsAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.Http.GetAsync("/admin/news/987654/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.Http.GetAsync($"/admin/news/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var response = await PortalClient.Create(factory).Http.GetAsync("/admin/news");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var response = await editor.Client.Http.PostAsync("/admin/news/create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "无令牌", ["ColumnId"] = "1", ["Body"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Publishing_shows_the_article_on_the_home_page_and_evicts_the_cached_copy()
    {
        var reader = PortalClient.Create(factory);
        var before = await reader.GetStringAsync("/");
        Assert.DoesNotContain("首页缓存刷新测试", before);

        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.CreateDraftAsync("首页缓存刷新测试", "内容", command: "publish");

        Assert.Contains("首页缓存刷新测试", await reader.GetStringAsync("/"));
        Assert.Contains("首页缓存刷新测试", await reader.GetStringAsync("/columns/gongzuo-dongtai"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostActionAsync(id, "unpublish")).StatusCode);
        Assert.DoesNotContain("首页缓存刷新测试", await reader.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_future_publish_time_schedules_instead_of_publishing()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var response = await editor.CreateAsync(new()
        {
            ["Title"] = "定时发布测试",
            ["ColumnId"] = (await editor.ColumnIdAsync("gongzuo-dongtai")).ToString(),
            ["Body"] = "内容",
            ["Command"] = "publish",
            ["PublishAt"] = DateTime.UtcNow.AddHours(8 + 24).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var scope = factory.CreateScope();
        var item = await factory.Db(scope).Set<ContentItem>().SingleAsync(i => i.Slug.StartsWith("article-") && i.Status == ContentStatus.Scheduled);
        Assert.False(item.HasPublishedVersion);
        Assert.NotNull(item.ScheduledPublishAt);
    }

    [Fact]
    public async Task Deleted_articles_leave_the_public_site_and_come_back_on_restore()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.CreateDraftAsync("Recycle bin test", "内容", command: "publish");
        var slug = await SlugAsync(id);
        var reader = PortalClient.Create(factory);
        Assert.Contains("Recycle bin test", await reader.GetStringAsync($"/news/{slug}"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostActionAsync(id, "delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/news/{slug}")).StatusCode);
        Assert.Contains("Recycle bin test", await editor.Client.GetStringAsync("/admin/news?trash=true"));

        var restored = await editor.Client.PostFormAsync("/admin/news?trash=true", $"/admin/news/{id}/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Recycle bin test", await reader.GetStringAsync($"/news/{slug}"));
    }

    [Fact]
    public async Task Preview_shows_the_draft_in_the_public_layout_without_publishing_it()
    {
        var editor = await AsAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.CreateDraftAsync("预览测试稿件", "**预览正文**");

        var preview = await editor.Client.GetStringAsync($"/admin/news/{id}/preview");
        Assert.Contains("site-header", preview);
        Assert.Contains("<strong>预览正文</strong>", preview);
        Assert.Contains("读者尚看不到", preview);
        Assert.DoesNotContain("qr-code", preview);
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.Create(factory).Http.GetAsync($"/news/{await SlugAsync(id)}")).StatusCode);
    }

    private async Task<string> SlugAsync(long id)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<ContentItem>().IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.Slug).SingleAsync();
    }
}
