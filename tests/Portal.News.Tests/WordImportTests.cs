using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Testing;
using static Portal.News.Tests.WordFixtures;

namespace Portal.News.Tests;

public sealed class WordImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<HttpResponseMessage> ImportAsync(PortalClient client, byte[] content, string fileName)
    {
        var token = PortalClient.Token(await client.GetStringAsync("/admin/news"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync("/admin/news/import", form);
    }

    private async Task<int> ItemCountAsync()
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<ContentItem>().IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task The_editor_imports_a_report_as_a_draft_with_its_table_and_picture_in_the_media_library()
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Contains("从 Word 导入", await editor.GetStringAsync("/admin/news"));

        var response = await ImportAsync(editor, Report("常委会专题询问工作报告"), "专题询问.docx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/admin/news/\d+/edit$", edit);
        var page = await editor.GetStringAsync(edit);
        Assert.Contains("已从 Word 导入为草稿，请检查后保存或提交。", page);

        await using var scope = factory.CreateScope();
        var id = long.Parse(edit.Split('/')[3]);
        var item = await factory.Db(scope).Set<ContentItem>().SingleAsync(i => i.Id == id);
        var latest = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal("常委会专题询问工作报告", latest.Title);
        Assert.Contains("| 项目 | 数量 |\n| --- | --- |\n| 议案 | 12 |", latest.BodyMarkdown);
        Assert.Matches(@"!\[会议现场照片\]\(/media/[0-9a-f]{32}-64\.png\)", latest.BodyMarkdown);
        Assert.Contains("<table>", latest.BodyHtml);

        var image = System.Text.RegularExpressions.Regex.Match(latest.BodyMarkdown, @"/media/[0-9a-f]{32}-64\.png").Value;
        var served = await PortalClient.Create(factory).Http.GetAsync(image);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_picture_the_media_library_refuses_is_left_out_with_a_note()
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var docx = Document(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, (main, body) => body.Append(
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Plain("图片损坏的稿件")),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(Picture(main, "坏图", Encoding.UTF8.GetBytes("不是图片"))))));

        var response = await ImportAsync(editor, docx, "坏图稿件.docx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("第 1 张图片未导入：", page);
        await using var scope = factory.CreateScope();
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[3]);
        var latest = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal("坏图稿件", latest.Title);
        Assert.Equal("图片损坏的稿件", latest.BodyMarkdown);
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "改名的文本文件.docx", Encoding.UTF8.GetBytes("这只是改了扩展名的文本文件。"), "只能导入 .docx 格式的 Word 文档（不支持含宏的文档）" },
        { "含宏.docx", WithMacros(Report("含宏的文档")), "只能导入 .docx 格式的 Word 文档（不支持含宏的文档）" },
        { "炸弹.docx", ZipBomb(), "解压后过大" },
        { "正文损坏.docx", BrokenBody(), "只能导入 .docx 格式的 Word 文档（不支持含宏的文档）" },
        { "空白.docx", Document(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, (_, body) => body.Append(Styled("只有标题", "Heading1"))), "没有正文内容" },
    };

    /// <summary>A valid package whose document.xml is not well-formed XML.</summary>
    private static byte[] BrokenBody()
    {
        using var stream = new MemoryStream();
        stream.Write(Report("损坏"));
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        return stream.ToArray();
    }

    [Theory, MemberData(nameof(Refused))]
    public async Task A_document_that_cannot_be_imported_is_refused_in_chinese_and_creates_nothing(string fileName, byte[] content, string message)
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var before = await ItemCountAsync();

        var response = await ImportAsync(editor, content, fileName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/news", response.Headers.Location!.OriginalString);
        Assert.Contains(message, await editor.GetStringAsync("/admin/news"));
        Assert.Equal(before, await ItemCountAsync());
    }

    [Fact]
    public async Task A_user_who_may_not_write_articles_is_forbidden()
    {
        var judge = await PortalClient.SignedInAsync(factory, DemoAccounts.Judge, DemoAccounts.JudgePassword);
        var before = await ItemCountAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Report("评委不能导入")), "file", "评委.docx" },
            { new StringContent(PortalClient.Token(await judge.GetStringAsync("/admin"))), "__RequestVerificationToken" },
        };

        var response = await judge.Http.PostAsync("/admin/news/import", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await ItemCountAsync());
    }
}
