using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contents.Models;
using Portal.Delegates.Models;
using Portal.Testing;

namespace Portal.Delegates.Tests;

/// <summary>Drives the delegate pages the way a browser does.</summary>
internal sealed partial class DelegatesDriver(PortalFactory factory, PortalClient client)
{
    public PortalClient Client { get; } = client;

    public static async Task<DelegatesDriver> AsAsync(PortalFactory factory, string user, string password) =>
        new(factory, await PortalClient.SignedInAsync(factory, user, password));

    public static Dictionary<string, string> ProfileFields(string name, string delegation = "示例区代表团") => new()
    {
        ["Name"] = name,
        ["Unit"] = "示例单位",
        ["Mandates[0].Level"] = "City",
        ["Mandates[0].Congress"] = "许昌市第十四届人民代表大会",
        ["Mandates[0].Delegation"] = delegation,
        ["Mandates[0].Start"] = "2012-01-01",
        ["Command"] = "publish",
    };

    /// <summary>Creates (and by default publishes) a profile as an editor; returns its id.</summary>
    public async Task<long> CreateProfileAsync(Dictionary<string, string> fields)
    {
        var response = await Client.PostFormAsync("/admin/delegates/create", "/admin/delegates/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public async Task<HttpResponseMessage> PublishAsync(long id)
    {
        var page = await Client.GetStringAsync($"/admin/delegates/{id}/edit");
        return await Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/publish",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp") });
    }

    /// <summary>Posts a multipart form (with a file) after taking the anti-forgery token from the form page.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, Dictionary<string, string> fields, string fileField, string fileName, byte[] file, string contentType)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.Token(await Client.GetStringAsync(formPage))), "__RequestVerificationToken" },
        };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(part, fileField, fileName);
        return await Client.Http.PostAsync(action, content);
    }

    public async Task<T> DbAsync<T>(Func<Portal.Core.Data.PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.CreateScope();
        return await query(factory.Db(scope));
    }

    public Task<long> ProfileIdAsync(string slug) =>
        DbAsync(db => db.Set<ContentItem>().Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync());

    public Task<string> SlugAsync(long id) => DbAsync(db => db.Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Slug).SingleAsync());

    public Task<int> ContactCountAsync(long id) => DbAsync(db => db.Set<VoterContact>().CountAsync(c => c.ContentItemId == id));

    /// <summary>The count the public profile page shows.</summary>
    public static async Task<int> PublicContactCountAsync(PortalClient reader, string slug) =>
        int.Parse(ContactCount().Match(await reader.GetStringAsync($"/delegates/{slug}")).Groups[1].Value);

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows);
        return output.ToArray();
    }

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [GeneratedRegex(@"/admin/delegates/(\d+)/edit")]
    private static partial Regex EditUrl();

    [GeneratedRegex("data-field=\"contact-count\">(\\d+)<")]
    private static partial Regex ContactCount();
}
