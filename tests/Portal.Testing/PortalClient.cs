using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Testing;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, and fills in anti-forgery tokens.</summary>
public sealed partial class PortalClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static PortalClient Create(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<PortalClient> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password)
    {
        var client = Create(factory);
        var response = await client.LoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });

    public async Task<string> GetStringAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    /// <summary>Opens <paramref name="formPage"/> for its anti-forgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = Token(await GetStringAsync(formPage));
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(action, content);
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no anti-forgery token.");
    }

    /// <summary>The value of a hidden or text input by name, as the page rendered it.</summary>
    public static string InputValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"The page has no input '{name}'.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
