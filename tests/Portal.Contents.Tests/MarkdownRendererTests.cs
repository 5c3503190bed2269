using Portal.Contents.Services;

namespace Portal.Contents.Tests;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new([]);

    [Fact]
    public void A_script_element_is_removed()
    {
        var html = _renderer.Render("会议通知\n\n<script>alert('xss')</script>\n\n正文");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html);
        Assert.Contains("会议通知", html);
    }

    [Fact]
    public void An_image_keeps_its_source_and_loses_its_event_handler()
    {
        var html = _renderer.Render("<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<img src=\"x\">", html);
    }

    [Theory]
    [InlineData("[点击](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">点击</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">点击</a>")]
    public void A_javascript_link_loses_its_address(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("点击", html);
    }

    [Fact]
    public void Inline_styles_are_removed()
    {
        Assert.DoesNotContain("style", _renderer.Render("<p style=\"position:fixed\">正文</p>"));
    }

    [Fact]
    public void Forms_are_removed()
    {
        var html = _renderer.Render("<form action=\"https://example.org\"><input name=\"password\"><button>登录</button></form>");

        Assert.DoesNotContain("<form", html);
        Assert.DoesNotContain("<input", html);
        Assert.DoesNotContain("<button", html);
    }

    [Fact]
    public void An_iframe_is_removed()
    {
        Assert.DoesNotContain("iframe", _renderer.Render("<iframe src=\"https://example.org\"></iframe>"));
    }

    [Fact]
    public void Headings_render()
    {
        var html = _renderer.Render("## 工作动态\n\n正文");

        Assert.Contains("<h2", html);
        Assert.Contains("工作动态</h2>", html);
    }

    [Fact]
    public void Pipe_tables_render()
    {
        var html = _renderer.Render("| 届次 | 会议 |\n| --- | --- |\n| 十三届 | 第三十次 |");

        Assert.Contains("<table>", html);
        Assert.Contains("<th>届次</th>", html);
        Assert.Contains("<td>第三十次</td>", html);
    }

    [Fact]
    public void Ordinary_links_are_kept()
    {
        Assert.Contains("<a href=\"https://www.xuchang.gov.cn/\">许昌市人民政府</a>", _renderer.Render("[许昌市人民政府](https://www.xuchang.gov.cn/)"));
    }

    [Fact]
    public void A_single_line_break_is_kept_as_the_old_portals_text_and_the_visual_editor_write_it()
    {
        Assert.Equal("<p>第一行<br>\n第二行</p>", _renderer.Render("第一行\n第二行").Trim());
    }
}
