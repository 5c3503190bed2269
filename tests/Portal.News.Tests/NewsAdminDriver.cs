using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.News.Models;
using Portal.Testing;

namespace Portal.News.Tests;

/// <summary>Drives the article admin pages the way an editor's browser does.</summary>
internal sealed partial class NewsAdminDriver(PortalFactory factory, PortalClient client)
{
    public PortalClient Client { get; } = client;

    public async Task<int> ColumnIdAsync(string slug)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<Column>().Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    public async Task<HttpResponseMessage> CreateAsync(Dictionary<string, string> fields) =>
        await Client.PostFormAsync("/admin/news/create", "/admin/news/create", fields);

    /// <summary>Creates a draft and returns its id.</summary>
    public async Task<long> CreateDraftAsync(string title, string body, string column = "gongzuo-dongtai", string command = "save")
    {
        var response = await CreateAsync(new()
        {
            ["Title"] = title,
            ["ColumnId"] = (await ColumnIdAsync(column)).ToString(),
            ["Body"] = body,
            ["Source"] = "测试来源",
            ["Command"] = command,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public async Task<string> EditPageAsync(long id) => await Client.GetStringAsync($"/admin/news/{id}/edit");

    /// <summary>Posts the edit form with the stamp the page showed, changing the given fields.</summary>
    public async Task<HttpResponseMessage> SaveAsync(long id, string stamp, Dictionary<string, string> fields)
    {
        fields["ConcurrencyStamp"] = stamp;
        return await Client.PostFormAsync($"/admin/news/{id}/edit", $"/admin/news/{id}/edit", fields);
    }

    public async Task<HttpResponseMessage> PostActionAsync(long id, string action)
    {
        var page = await EditPageAsync(id);
        return await Client.PostFormAsync($"/admin/news/{id}/edit", $"/admin/news/{id}/{action}",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp") });
    }

    [GeneratedRegex(@"/admin/news/(\d+)/edit")]
    private static partial Regex EditUrl();
}
