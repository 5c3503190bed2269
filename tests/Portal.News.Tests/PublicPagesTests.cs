using System.Net;
using Portal.Testing;

namespace Portal.News.Tests;

public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Summary_report_shows_the_old_portals_chrome()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/news/2012-theme-activity-summary");

        Assert.Contains("当前位置:", html);
        Assert.Matches("<a href=\"/\">首页</a>.*<a href=\"/columns/ziti-jianshe\">自身建设</a>.*<a href=\"/columns/jiguan-jianshe\">机关建设</a>", html.ReplaceLineEndings(""));
        Assert.Contains("信息来源: <span data-field=\"source\">许昌市人大常委会</span>", html);
        Assert.Contains("datetime=\"2013-01-13\"", html);
        Assert.Contains("阅读次数", html);
        Assert.Contains("我要打印", html);
        Assert.Contains("五十二项工作任务", html);
    }

    [Fact]
    public async Task Unknown_article_is_a_chinese_404()
    {
        var response = await PortalClient.Create(factory).Http.GetAsync("/news/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }
}
