using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>Content with uploaded files, made the way an editor makes it: a regulation published with its original attached.</summary>
internal static class RegulationOriginals
{
    public sealed record Published(string Slug, string Title, string DownloadPath, byte[] Content);

    public static byte[] Pdf(string text) => System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write($"<?xml version=\"1.0\"?><w:document><!-- {text} --></w:document>");
            }
        }

        return stream.ToArray();
    }

    public static async Task<Published> PublishAsync(PortalClient editor, string slug, string title, byte[] original, string fileName)
    {
        var token = PortalClient.Token(await editor.GetStringAsync("/admin/regulations/create"));
        var file = new ByteArrayContent(original);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new StringContent("WorkRule"), "Kind" },
            { new StringContent("许昌市人大常委会办公室"), "IssuingBody" },
            { new StringContent("2024-03-01"), "PublishedOn" },
            { new StringContent("InForce"), "Validity" },
            { new StringContent("**第一条** 为规范机关工作，制定本制度。"), "Body" },
            { new StringContent(slug), "Slug" },
            { new StringContent("publish"), "Command" },
            { file, "Upload", fileName },
        };

        var response = await editor.Http.PostAsync("/admin/regulations/create", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return new Published(slug, title, $"/regulations/{slug}/files/1", original);
    }
}
