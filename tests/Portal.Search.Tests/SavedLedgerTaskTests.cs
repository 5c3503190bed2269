using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Ledger.Models;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>
/// The reported jam, end to end with the portal's own background indexing: an administrator saves ledger task 5
/// unchanged, an editor then publishes an article, and the article is still found.
/// </summary>
public sealed class SavedLedgerTaskTests
{
    [Fact]
    public async Task An_article_published_after_a_ledger_task_was_saved_unchanged_is_found_and_nothing_is_parked()
    {
        using var portal = new PortalFactory();
        var admin = await PortalClient.SignedInAsync(portal, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        const string edit = "/admin/ledger/tasks/5/edit";
        var saved = await admin.Http.PostAsync(edit, new FormUrlEncodedContent(BrowserForm.Fields(await admin.GetStringAsync(edit), edit, "保存")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var editor = await PortalClient.SignedInAsync(portal, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var create = await editor.GetStringAsync("/admin/news/create");
        var fields = BrowserForm.Fields(create, "/admin/news/create", "保存并发布");
        fields["Title"] = "常委会视察珊瑚礁保护区";
        fields["ColumnId"] = BrowserForm.OptionValue(create, "ColumnId", "工作动态");
        fields["Body"] = "市人大常委会组织部分委员视察珊瑚礁保护区建设情况。";
        var published = await editor.Http.PostAsync("/admin/news/create", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var reader = PortalClient.Create(portal);
        var found = await EventuallyAsync(async () => SearchHost.ResultUrls(await reader.SearchAsync("珊瑚礁")), urls => urls.Count == 1);
        Assert.StartsWith("/news/", found[0]);
        Assert.Equal("0", await EventuallyAsync(async () => Pending(await admin.GetStringAsync("/admin/search")), pending => pending == "0"));

        // The saved task is in the index as it now is, and no item waits for a retry or was parked.
        var (title, number) = await TaskAsync(portal, 5);
        Assert.Contains($"/ledger/2012/tasks/{number}", SearchHost.ResultUrls(await reader.SearchAsync(title)));
        Assert.Empty(await portal.Services.FailuresAsync());
        Assert.Equal(0, (await portal.Services.SearchQueueStatusAsync()).Parked);
    }

    private static async Task<(string Title, int Number)> TaskAsync(PortalFactory portal, int id)
    {
        await using var scope = portal.CreateScope();
        var task = await portal.Db(scope).Set<LedgerTask>().SingleAsync(t => t.Id == id);
        return (task.Title, task.Number);
    }

    private static string Pending(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-field=\"pending\">([^<]*)<").Groups[1].Value;

    /// <summary>Asks again until the answer is right or a generous deadline passes (the indexer runs in the background); returns the last answer.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> right)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        T answer;
        while (!right(answer = await ask()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return answer;
    }
}
