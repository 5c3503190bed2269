using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ContestLoad;

/// <summary>One person's browser: its own cookies, no automatic redirects, anti-forgery tokens taken from the pages.</summary>
internal sealed partial class Browser(Uri baseUri, Recorder? recorder = null)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = baseUri,
        Timeout = TimeSpan.FromMinutes(2),
    };

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await SendAsync("page", () => _http.GetAsync(url));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task LoginAsync(string user, string password)
    {
        var token = Token(await GetStringAsync("/account/login"));
        using var response = await PostAsync("login", "/account/login", token, new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login of {user} answered {(int)response.StatusCode}");
        }
    }

    public async Task CreateDelegateAsync(string user, string displayName, string password)
    {
        var token = Token(await GetStringAsync("/admin/users/create"));
        using var response = await PostAsync("create-user", "/admin/users/create", token,
            new() { ["UserName"] = user, ["DisplayName"] = displayName, ["Password"] = password, ["Roles[0]"] = "Delegate" });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"creating {user} answered {(int)response.StatusCode}");
        }
    }

    public Task<HttpResponseMessage> PostAsync(string step, string url, string token, Dictionary<string, string> fields) =>
        SendAsync(step, () => _http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)))));

    public Task<HttpResponseMessage> UploadAsync(string url, string token, byte[] content, string fileName) =>
        SendAsync("upload", () => _http.PostAsync(url, new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        }));

    public static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    public static string InputValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input[^>]*name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private async Task<HttpResponseMessage> SendAsync(string step, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        recorder?.Record(step, watch.Elapsed, (int)response.StatusCode);
        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
