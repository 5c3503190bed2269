using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Files;
using Portal.Media.Models;
using Portal.News.Models;
using Portal.Testing;
using SixLabors.ImageSharp;
using static Portal.Testing.DemoAccounts;

namespace Portal.Media.Tests;

/// <summary>The library through the running portal: upload, serving, refusals, usage, rendering and who may open it.</summary>
public sealed class MediaFlowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_photo_with_GPS_is_stored_upright_and_served_without_metadata_and_with_a_year_of_caching()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);

        var uploaded = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(1200, 800, shade: 11), "现场照片.jpg", "常委会会议现场");

        Assert.Matches("^/media/[0-9a-f]{32}-800\\.jpg$", uploaded.Url);
        Assert.Equal((800, 1200, "常委会会议现场"), (uploaded.Width, uploaded.Height, uploaded.Alt));
        foreach (var url in new[] { uploaded.Url, uploaded.Url.Replace("-800.", "-480.") })
        {
            var response = await PortalClient.Create(portal).Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.Create(portal).Http.GetAsync(uploaded.Url.Replace("-800.", "-960."))).StatusCode);
    }

    [Fact]
    public async Task The_same_image_uploaded_twice_is_one_item()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);
        var photo = TestImages.PhotoWithGps(600, 400, shade: 22);

        var first = await MediaDriver.UploadOkAsync(editor, photo, "一.jpg");
        var second = await MediaDriver.UploadOkAsync(editor, photo, "二.jpg");

        Assert.Equal(first, second);
        await using var scope = portal.CreateScope();
        var hash = first.Url["/media/".Length..][..32];
        Assert.Equal(1, await portal.Db(scope).Set<MediaItem>().CountAsync(i => i.Hash == hash));
    }

    [Fact]
    public async Task A_text_file_named_jpg_and_a_bomb_header_are_refused_in_Chinese()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);

        Assert.Equal("只接受 JPEG、PNG、WebP 或 GIF 图片，请勿只修改文件扩展名。",
            await MediaDriver.ErrorAsync(await MediaDriver.UploadAsync(editor, TestImages.TextNamedJpeg, "照片.jpg")));
        Assert.Equal("图片尺寸过大（100000×100000 像素），请缩小到 4000 万像素以内再上传。",
            await MediaDriver.ErrorAsync(await MediaDriver.UploadAsync(editor, TestImages.PngBomb(), "炸弹.png")));
    }

    [Fact]
    public async Task The_library_page_uploads_without_script_and_finds_by_name_or_alt_text()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);
        var token = PortalClient.Token(await editor.GetStringAsync("/admin/media"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestImages.Png(700, 300)), "file", "图表.png" },
            { new StringContent("代表建议办理情况统计图"), "alt" },
            { new StringContent(token), "__RequestVerificationToken" },
        };

        var response = await editor.Http.PostAsync("/admin/media", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("图片已上传。", page);
        Assert.Contains("700×300", page);
        Assert.Contains("没有内容使用这张图片。", page);
        var found = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/media?q=" + Uri.EscapeDataString("办理情况")));
        Assert.Contains("图表.png", found);
        Assert.Matches("src=\"/media/[0-9a-f]{32}-480\\.png\"", found);
        Assert.DoesNotContain("图表.png", WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/media?q=" + Uri.EscapeDataString("没有这个词"))));
    }

    [Fact]
    public async Task An_image_in_a_published_article_is_rendered_responsive_and_cannot_be_deleted_while_an_unused_one_can()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);
        var used = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(3000, 2000, shade: 33), "调研.jpg", "调研现场");
        var unused = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(500, 300, shade: 44), "备用.jpg");
        var articleId = await PublishArticleAsync(editor, "媒体库图片测试文章", $"调研情况如下。\n\n![调研现场]({used.Url})\n\n<img src=\"https://example.org/a.jpg\" width=\"5\" srcset=\"https://evil.example/x.jpg 1w\" loading=\"eager\">");

        var html = await ArticleHtmlAsync(articleId);
        var stem = used.Url[..used.Url.LastIndexOf('-')];
        Assert.Contains($"<img src=\"{used.Url}\" alt=\"调研现场\" srcset=\"{stem}-480.jpg 480w, {stem}-960.jpg 960w, {stem}-1600.jpg 1600w, {stem}-2000.jpg 2000w\" sizes=\"(max-width: 1100px) 100vw, 1100px\" width=\"2000\" height=\"3000\" loading=\"lazy\">", html);
        Assert.Contains("<img src=\"https://example.org/a.jpg\">", html);

        var refused = await editor.PostFormAsync($"/admin/media/{used.Id}", $"/admin/media/{used.Id}/delete", []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("这张图片正在使用，不能删除。使用它的有：文章《媒体库图片测试文章》（已发布）。", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Create(portal).Http.GetAsync(used.Url)).StatusCode);
        Assert.Contains("文章《媒体库图片测试文章》（已发布）", WebUtility.HtmlDecode(await editor.GetStringAsync($"/admin/media/{used.Id}")));

        var keys = await KeysAsync(unused.Id);
        var deleted = await editor.PostFormAsync($"/admin/media/{unused.Id}", $"/admin/media/{unused.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.Create(portal).Http.GetAsync(unused.Url)).StatusCode);
        await using var scope = portal.CreateScope();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        Assert.All(keys, key => Assert.Null(files.OpenRead(key)));
        Assert.Contains(await portal.Db(scope).Set<Portal.Core.Auditing.AuditEntry>().Select(a => a.Action).ToListAsync(), a => a == "删除图片");
    }

    [Fact]
    public async Task The_alt_text_is_edited_and_audited()
    {
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);
        var uploaded = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(400, 300, shade: 55), "座谈会.jpg");

        var saved = await editor.PostFormAsync($"/admin/media/{uploaded.Id}", $"/admin/media/{uploaded.Id}/alt", new() { ["alt"] = "代表座谈会" });
        var tooLong = await editor.PostFormAsync($"/admin/media/{uploaded.Id}", $"/admin/media/{uploaded.Id}/alt", new() { ["alt"] = new string('长', 201) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("替代文字不能超过 200 个字。", await tooLong.Content.ReadAsStringAsync());
        await using var scope = portal.CreateScope();
        var db = portal.Db(scope);
        Assert.Equal("代表座谈会", await db.Set<MediaItem>().Where(i => i.Id == uploaded.Id).Select(i => i.Alt).SingleAsync());
        Assert.Contains(await db.Set<Portal.Core.Auditing.AuditEntry>().Select(a => a.Summary).ToListAsync(), s => s == "座谈会.jpg：代表座谈会");
    }

    [Theory]
    [InlineData("/admin/media")]
    [InlineData("/admin/media/1")]
    public async Task The_library_needs_ManageMedia(string path)
    {
        var anonymous = await PortalClient.Create(portal).Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);

        var delegateUser = await PortalClient.SignedInAsync(portal, DemoAccounts.Delegate, DelegatePassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateUser.Http.GetAsync(path)).StatusCode);
        Assert.Contains("媒体库", await (await PortalClient.SignedInAsync(portal, Author, AuthorPassword)).GetStringAsync("/admin"));
    }

    private async Task<long> PublishArticleAsync(PortalClient editor, string title, string body)
    {
        int column;
        await using (var scope = portal.CreateScope())
        {
            column = await portal.Db(scope).Set<Column>().Select(c => c.Id).FirstAsync();
        }

        var response = await editor.PostFormAsync("/admin/news/create", "/admin/news/create", new()
        {
            ["Title"] = title, ["ColumnId"] = column.ToString(), ["Body"] = body, ["Source"] = "测试来源", ["Command"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = portal.CreateScope();
        return await portal.Db(check).Set<ContentItem>().Where(i => i.HasPublishedVersion).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private async Task<string> ArticleHtmlAsync(long id)
    {
        await using var scope = portal.CreateScope();
        return await portal.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.IsPublished).Select(v => v.BodyHtml).SingleAsync();
    }

    private async Task<List<string>> KeysAsync(long id)
    {
        await using var scope = portal.CreateScope();
        return await portal.Db(scope).Set<MediaVariant>().Where(v => v.MediaItemId == id).Select(v => v.FileKey).ToListAsync();
    }
}
