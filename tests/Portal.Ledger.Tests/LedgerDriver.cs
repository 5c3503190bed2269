using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>Drives the ledger pages the way a browser does, and reads the database for assertions.</summary>
internal sealed class LedgerDriver(WebApplicationFactory<Program> factory, PortalClient client)
{
    public PortalClient Client { get; } = client;

    public static async Task<LedgerDriver> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password) =>
        new(factory, await PortalClient.SignedInAsync(factory, userName, password));

    public async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<LedgerTask> TaskAsync(int number, string slug = "2012") => DbAsync(db =>
        db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks)
            .SingleAsync(t => t.Number == number && db.Set<WorkLedger>().Any(l => l.Id == t.LedgerId && l.Slug == slug)));

    public async Task<int> TaskIdAsync(int number, string slug = "2012") => (await TaskAsync(number, slug)).Id;

    public Task<string> WorkspaceAsync(int id) => Client.GetStringAsync($"/admin/ledger/tasks/{id}");

    /// <summary>Posts the progress form as the page showed it (its token and stamp), with the given fields and files.</summary>
    public async Task<HttpResponseMessage> ReportAsync(int id, Dictionary<string, string> fields, string? stamp = null, params (string Name, byte[] Content)[] files)
    {
        var page = await WorkspaceAsync(id);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.Token(page)), "__RequestVerificationToken" },
            { new StringContent(stamp ?? PortalClient.InputValue(page, "ConcurrencyStamp")), "ConcurrencyStamp" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "attachments", name);
        }

        return await Client.Http.PostAsync($"/admin/ledger/tasks/{id}/report", form);
    }

    public async Task<string> ReportAndFollowAsync(int id, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var response = await ReportAsync(id, fields, null, files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await Client.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>A one-pixel PNG: real image bytes, as the file store checks content.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
