using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.News.Services.Word;
using static Portal.News.Tests.WordFixtures;
using A = DocumentFormat.OpenXml.Drawing;

namespace Portal.News.Tests;

public sealed class WordImportRulesTests
{
    private static WordText Convert(byte[] docx, Func<string, string?>? imageUrl = null)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return WordMarkdown.Convert(document.MainDocumentPart!, imageUrl ?? (_ => "/media/abc-64.png"));
    }

    private static WordText Convert(Action<MainDocumentPart, Body> fill) => Convert(Document(WordprocessingDocumentType.Document, fill));

    [Fact]
    public void A_report_becomes_a_title_and_markdown_with_emphasis_list_table_and_picture()
    {
        var text = Convert(Report("市人大常委会第十次会议"));

        Assert.Equal("市人大常委会第十次会议", text.Title);
        Assert.Equal(
            """
            本次会议听取了**市政府关于城市管理工作的报告**。

            会议*强调*要依法履职。

            - 加强监督
            - 回应关切

            | 项目 | 数量 |
            | --- | --- |
            | 议案 | 12 |

            ![会议现场照片](/media/abc-64.png)
            """.ReplaceLineEndings("\n"), text.Markdown);
    }

    [Fact]
    public void Headings_after_the_title_become_level_two_and_three_and_numbered_lists_count()
    {
        var text = Convert((_, body) => body.Append(
            Styled("标题", "Title"),
            Styled("第一部分", "Heading1"),
            Styled("小节", "Heading2"),
            Styled("细目", "Heading3"),
            ListItem("第一项", NumberedList),
            ListItem("第二项", NumberedList),
            new Paragraph(Plain("结束语"))));

        Assert.Equal("标题", text.Title);
        Assert.Equal("## 第一部分\n\n## 小节\n\n### 细目\n\n1. 第一项\n1. 第二项\n\n结束语", text.Markdown);
    }

    [Fact]
    public void Without_a_heading_there_is_no_title_and_empty_paragraphs_field_codes_and_deleted_text_are_dropped()
    {
        var text = Convert((_, body) => body.Append(
            new Paragraph(),
            new Paragraph(Plain("   ")),
            new Paragraph(Plain("第"), new Run(new FieldCode(" PAGE ")), Plain("1页")),
            new Paragraph(Plain("保留"), new DeletedRun(new Run(new DeletedText("删掉"))), new CommentRangeStart { Id = "0" }, Plain("文字"))));

        Assert.Null(text.Title);
        Assert.Equal("第1页\n\n保留文字", text.Markdown);
    }

    [Theory]
    [InlineData("# 不是标题", "\\# 不是标题")]
    [InlineData("- 不是列表", "\\- 不是列表")]
    [InlineData("> 不是引用", "\\> 不是引用")]
    [InlineData("2024. 年度", "2024\\. 年度")]
    [InlineData("a*b_c|d[e]`f", "a\\*b\\_c\\|d\\[e\\]\\`f")]
    public void Markdown_characters_in_text_are_escaped(string written, string expected)
    {
        Assert.Equal(expected, Convert((_, body) => body.Append(new Paragraph(Plain(written)))).Markdown);
    }

    [Fact]
    public void A_pipe_in_a_table_cell_is_escaped_and_short_rows_are_padded()
    {
        var text = Convert((_, body) => body.Append(Table(["甲|乙", "丙"], ["丁"])));

        Assert.Equal("| 甲\\|乙 | 丙 |\n| --- | --- |\n| 丁 |  |", text.Markdown);
    }

    [Fact]
    public void A_linked_picture_is_not_an_image_to_store_and_a_refused_one_is_left_out()
    {
        var docx = Document(WordprocessingDocumentType.Document, (main, body) =>
        {
            var linked = Picture(main, "外链");
            var blip = linked.Descendants<A.Blip>().Single();
            blip.Embed = null;
            blip.Link = main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("http://example.invalid/x.png")).Id;
            body.Append(new Paragraph(new Run(linked)), new Paragraph(new Run(Picture(main, "拒绝"))), new Paragraph(Plain("正文")));
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Single(WordMarkdown.Images(document.MainDocumentPart!));
        Assert.Equal("正文", WordMarkdown.Convert(document.MainDocumentPart!, _ => null).Markdown);
    }

    [Fact]
    public void The_package_check_accepts_a_docx_and_refuses_text_macros_and_a_zip_bomb()
    {
        string? Check(byte[] bytes) => WordPackageRules.Check(new MemoryStream(bytes));

        Assert.Null(Check(Report("标题")));
        Assert.Equal(WordPackageRules.NotDocx, Check(Encoding.UTF8.GetBytes("这只是改了扩展名的文本文件。")));
        Assert.Equal(WordPackageRules.NotDocx, Check(WithMacros(Report("标题"))));
        Assert.Equal(WordPackageRules.NotDocx, Check(Document(WordprocessingDocumentType.MacroEnabledDocument, (_, body) => body.Append(new Paragraph(Plain("宏"))))));
        Assert.Equal(WordPackageRules.TooManyBytesUnpacked, Check(ZipBomb()));
    }
}
