using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.Regulations.Tests;

public sealed class AdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<RegulationsAdminDriver> EditorAsync() =>
        new(await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword));

    [Fact]
    public async Task An_editor_files_a_document_with_its_original_and_readers_download_it()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateAsync(new()
        {
            ["Title"] = "许昌市人大常委会机关节约能源制度",
            ["Kind"] = "WorkRule",
            ["DocumentNumber"] = "许人常办〔2012〕50号",
            ["IssuingBody"] = "许昌市人大常委会办公室",
            ["PublishedOn"] = "2012-12-01",
            ["Validity"] = "InForce",
            ["Body"] = "**第一条** 机关节约用电用水。",
            ["Slug"] = "jiguan-jieneng-zhidu",
            ["Command"] = "publish",
        }, (RegulationsAdminDriver.Pdf, @"C:\公文\节能制度原件.pdf"));

        var reader = PortalClient.Create(factory);
        var page = await reader.GetStringAsync("/regulations/jiguan-jieneng-zhidu");
        Assert.Contains("许人常办〔2012〕50号", page);
        Assert.Contains("节能制度原件.pdf", page);
        var download = await reader.Http.GetAsync("/regulations/jiguan-jieneng-zhidu/files/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(RegulationsAdminDriver.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("jiguan-jieneng-zhidu", await reader.GetStringAsync("/regulations?kind=WorkRule&year=2012"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActionAsync(id, "unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/regulations/jiguan-jieneng-zhidu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/regulations/jiguan-jieneng-zhidu/files/1")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_pdf_or_word_is_refused_in_chinese_and_the_form_keeps_what_was_typed()
    {
        var editor = await EditorAsync();
        await using var before = factory.CreateScope();
        var count = await factory.Db(before).Set<ContentItem>().IgnoreQueryFilters().CountAsync();

        var response = await editor.PostAsync("/admin/regulations/create", "/admin/regulations/create",
            new() { ["Title"] = "改了扩展名的文件", ["Kind"] = "WorkRule", ["Validity"] = "InForce", ["Body"] = "保留的正文" },
            ("这不是PDF"u8.ToArray(), "假文件.pdf"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请勿只修改文件扩展名", html);
        Assert.Contains("改了扩展名的文件", html);
        Assert.Contains("保留的正文", html);
        await using var after = factory.CreateScope();
        Assert.Equal(count, await factory.Db(after).Set<ContentItem>().IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task Dates_out_of_order_are_refused_and_nothing_is_saved()
    {
        var editor = await EditorAsync();

        var response = await editor.PostAsync("/admin/regulations/create", "/admin/regulations/create", new()
        {
            ["Title"] = "日期颠倒的文件", ["Kind"] = "NormativeDocument", ["Validity"] = "InForce",
            ["AdoptedOn"] = "2012-10-26", ["PublishedOn"] = "2012-10-01",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("公布日期不能早于通过日期", html);
        Assert.Contains("日期颠倒的文件", html);
        Assert.Contains("value=\"2012-10-01\"", html);
    }

    [Fact]
    public async Task Publishing_an_amendment_marks_the_amended_document()
    {
        var editor = await EditorAsync();
        long target;
        await using (var scope = factory.CreateScope())
        {
            target = await factory.Db(scope).Set<ContentItem>().Where(i => i.Slug == "shicha-banfa").Select(i => i.Id).SingleAsync();
        }

        await editor.CreateAsync(new()
        {
            ["Title"] = "许昌市人民代表大会常务委员会视察办法（修订草案演示）",
            ["Kind"] = "NormativeDocument", ["Validity"] = "InForce", ["PublishedOn"] = "2012-12-20", ["Body"] = "修订后的视察办法。",
            ["Slug"] = "shicha-banfa-2012-12", ["Command"] = "publish",
        }, more: [("AmendsIds", target.ToString())]);

        var reader = PortalClient.Create(factory);
        Assert.Contains("本文件已修订", await reader.GetStringAsync("/regulations/shicha-banfa"));
        Assert.Contains("修订《许昌市人民代表大会常务委员会视察办法》", await reader.GetStringAsync("/regulations/shicha-banfa-2012-12"));
    }

    [Fact]
    public async Task Only_those_who_manage_regulations_reach_the_admin()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync("/admin/regulations")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).Http.GetAsync("/admin/regulations")).StatusCode);

        var editor = await EditorAsync();
        Assert.Contains("许昌市人民代表大会常务委员会工作评议办法", await editor.Client.GetStringAsync("/admin/regulations?kind=NormativeDocument"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.Http.GetAsync("/admin/regulations/987654/edit")).StatusCode);

        long article;
        await using (var scope = factory.CreateScope())
        {
            article = await factory.Db(scope).Set<ContentItem>().Where(i => i.Slug == "2012-portal-launched").Select(i => i.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.Http.GetAsync($"/admin/regulations/{article}/edit")).StatusCode);
    }
}
