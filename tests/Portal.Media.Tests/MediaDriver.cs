using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;

namespace Portal.Media.Tests;

/// <summary>Uploads the way the editor's script does: multipart form data, the anti-forgery token in a header.</summary>
internal static class MediaDriver
{
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] content, string fileName, string? alt = null)
    {
        var token = PortalClient.Token(await client.GetStringAsync("/admin/media"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    public static async Task<Uploaded> UploadOkAsync(PortalClient client, byte[] content, string fileName, string? alt = null)
    {
        var response = await UploadAsync(client, content, fileName, alt);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Uploaded>(JsonSerializerOptions.Web))!;
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}

internal sealed record Uploaded(long Id, string Url, int Width, int Height, string Alt);
