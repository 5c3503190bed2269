using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>Drives the contest pages the way the browsers of a delegate, a judge and an administrator do.</summary>
internal sealed partial class ContestDriver(ClockedPortal portal)
{
    public const string EssayText = "人大代表要密切联系群众，认真调查研究，依法履行职责。";

    /// <summary>An essay body of about <paramref name="characters"/> counted characters.</summary>
    public static string Essay(int characters = 400) =>
        string.Concat(Enumerable.Repeat(EssayText, characters / EssayText.Length + 1))[..characters];

    public async Task<Contest> ContestAsync(string slug)
    {
        await using var scope = portal.CreateScope();
        var db = ClockedPortal.Db(scope);
        var itemId = await db.Set<ContentItem>().Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
        return await db.Set<Contest>().Include(c => c.Tracks).ThenInclude(t => t.Criteria).AsNoTracking().SingleAsync(c => c.ContentItemId == itemId);
    }

    public async Task<int> TrackAsync(TrackKind kind, string slug = ClockedPortal.OpenContestSlug) =>
        (await ContestAsync(slug)).Tracks.Single(t => t.Kind == kind).Id;

    /// <summary>Opens a new entry form and returns its anti-forgery token and client token.</summary>
    public static async Task<(string Token, string ClientToken)> NewFormAsync(PortalClient client, int trackId)
    {
        var page = await client.GetStringAsync($"/my/entries/new?trackId={trackId}");
        return (PortalClient.Token(page), PortalClient.InputValue(page, "ClientToken"));
    }

    public static Task<HttpResponseMessage> PostAsync(PortalClient client, string url, string token, Dictionary<string, string> fields) =>
        client.Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

    public static Dictionary<string, string> EssayFields(int trackId, string clientToken, string title, string body, string command = "save") => new()
    {
        ["TrackId"] = trackId.ToString(),
        ["ClientToken"] = clientToken,
        ["Title"] = title,
        ["Unit"] = "示例县人大常委会",
        ["Body"] = body,
        ["AllowPublication"] = "true",
        ["Command"] = command,
    };

    /// <summary>Writes and submits an essay; returns the stored entry.</summary>
    public async Task<ContestEntry> SubmitEssayAsync(PortalClient client, string title, string? body = null, string? unit = null)
    {
        var trackId = await TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await NewFormAsync(client, trackId);
        var fields = EssayFields(trackId, clientToken, title, body ?? Essay(), "submit");
        fields["Unit"] = unit ?? fields["Unit"];
        var response = await PostAsync(client, "/my/entries/save", token, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/receipt", response.Headers.Location!.OriginalString);
        return await EntryAsync(Guid.Parse(clientToken));
    }

    public async Task<ContestEntry> EntryAsync(Guid clientToken)
    {
        await using var scope = portal.CreateScope();
        return await ClockedPortal.Db(scope).Set<ContestEntry>().Include(e => e.Attachments).AsNoTracking().SingleAsync(e => e.ClientToken == clientToken);
    }

    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, long entryId, byte[] content, string fileName)
    {
        var token = PortalClient.Token(await client.GetStringAsync($"/my/entries/{entryId}"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.Http.PostAsync($"/my/entries/{entryId}/attachments", form);
    }

    /// <summary>The message the entry page shows after a redirect.</summary>
    public static async Task<string> FollowAsync(PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    public static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.4\n%演示\n").CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><w:document/>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>A Windows executable's header: what a renamed .exe starts with.</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xFF, 0xFF];

    /// <summary>Signs in as administrator and gets an admin page's anti-forgery token.</summary>
    public static async Task<string> AdminTokenAsync(PortalClient client, string page) => PortalClient.Token(await client.GetStringAsync(page));

    public static long AssignmentId(string html) => long.Parse(AssignmentLink().Match(html).Groups[1].Value);

    [GeneratedRegex(@"/admin/judging/assignments/(\d+)")]
    private static partial Regex AssignmentLink();
}
