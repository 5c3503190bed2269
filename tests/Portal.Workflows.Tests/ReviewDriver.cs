using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.News.Models;
using Portal.Testing;

namespace Portal.Workflows.Tests;

/// <summary>Drives the author's article pages and the editor's review pages the way their browsers do.</summary>
internal static partial class ReviewDriver
{
    public static async Task<long> SubmitArticleAsync(PortalFactory factory, PortalClient author, string title, string body)
    {
        var column = await ColumnIdAsync(factory);
        var response = await author.PostFormAsync("/admin/news/create", "/admin/news/create", new()
        {
            ["Title"] = title,
            ["ColumnId"] = column.ToString(),
            ["Body"] = body,
            ["Source"] = "测试来源",
            ["Command"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> SendBackAsync(PortalClient editor, long id, string comment)
    {
        var page = await editor.GetStringAsync($"/admin/review/{id}");
        return await editor.PostFormAsync($"/admin/review/{id}", $"/admin/review/{id}/send-back",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "concurrencyStamp"), ["comment"] = comment });
    }

    public static async Task<HttpResponseMessage> ApproveAsync(PortalClient editor, long id, string publishAt = "")
    {
        var page = await editor.GetStringAsync($"/admin/review/{id}");
        return await editor.PostFormAsync($"/admin/review/{id}", $"/admin/review/{id}/approve",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "concurrencyStamp"), ["publishAt"] = publishAt });
    }

    public static async Task<HttpResponseMessage> ResubmitAsync(PortalFactory factory, PortalClient author, long id, string title, string body)
    {
        var column = await ColumnIdAsync(factory);
        var page = await author.GetStringAsync($"/admin/news/{id}/edit");
        return await author.PostFormAsync($"/admin/news/{id}/edit", $"/admin/news/{id}/edit", new()
        {
            ["ConcurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp"),
            ["Title"] = title,
            ["ColumnId"] = column.ToString(),
            ["Body"] = body,
            ["Source"] = "测试来源",
            ["Command"] = "submit",
        });
    }

    private static async Task<int> ColumnIdAsync(PortalFactory factory)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<Column>().Where(c => c.Slug == "gongzuo-dongtai").Select(c => c.Id).SingleAsync();
    }

    [GeneratedRegex(@"/admin/news/(\d+)/edit")]
    private static partial Regex EditUrl();
}
