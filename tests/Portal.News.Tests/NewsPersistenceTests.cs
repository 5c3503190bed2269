using System.Net;
using Portal.Testing;

namespace Portal.News.Tests;

/// <summary>The news paths that touch the database, on SQLite and on PostgreSQL.</summary>
public sealed class NewsPersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_article_goes_from_draft_to_the_public_column_and_back(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var editor = new NewsAdminDriver(factory, await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword));
        var reader = PortalClient.Create(factory);

        var id = await editor.CreateDraftAsync("数据库往返测试", "## 小标题\n\n正文", column: "jiguan-jianshe");
        Assert.DoesNotContain("数据库往返测试", await reader.GetStringAsync("/columns/ziti-jianshe"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostActionAsync(id, "publish")).StatusCode);
        var column = await reader.GetStringAsync("/columns/ziti-jianshe");
        Assert.Contains("数据库往返测试", column);

        var history = await editor.Client.GetStringAsync($"/admin/news/{id}/history");
        Assert.Contains("第 1 版", history);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostActionAsync(id, "unpublish")).StatusCode);
        Assert.DoesNotContain("数据库往返测试", await reader.GetStringAsync("/columns/ziti-jianshe"));
        Assert.Contains("数据库往返测试", await editor.Client.GetStringAsync("/admin/news?title=往返"));
    }
}
