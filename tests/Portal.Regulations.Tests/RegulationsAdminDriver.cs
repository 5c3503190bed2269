using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Regulations.Tests;

/// <summary>Drives the regulations admin the way an editor's browser does, including uploads.</summary>
internal sealed partial class RegulationsAdminDriver(PortalClient client)
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public PortalClient Client { get; } = client;

    /// <summary>Posts the document form (multipart, as the browser sends it) to create or edit.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields,
        (byte[] Bytes, string Name)? upload = null, IEnumerable<(string Name, string Value)>? more = null)
    {
        var token = PortalClient.Token(await Client.GetStringAsync(formPage));
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields.Select(f => (f.Key, f.Value)).Concat(more ?? []))
        {
            content.Add(new StringContent(value), name);
        }

        if (upload is { } file)
        {
            var bytes = new ByteArrayContent(file.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "Upload", file.Name);
        }

        return await Client.Http.PostAsync(action, content);
    }

    /// <summary>Creates a document and returns its id.</summary>
    public async Task<long> CreateAsync(Dictionary<string, string> fields, (byte[] Bytes, string Name)? upload = null, IEnumerable<(string, string)>? more = null)
    {
        var response = await PostAsync("/admin/regulations/create", "/admin/regulations/create", fields, upload, more);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public async Task<HttpResponseMessage> ActionAsync(long id, string action)
    {
        var page = await Client.GetStringAsync($"/admin/regulations/{id}/edit");
        return await Client.PostFormAsync($"/admin/regulations/{id}/edit", $"/admin/regulations/{id}/{action}",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp") });
    }

    [GeneratedRegex(@"/admin/regulations/(\d+)/edit")]
    private static partial Regex EditUrl();
}
