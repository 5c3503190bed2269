using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Study.Tests;

/// <summary>What the tests do through the pages, as a person with a browser would.</summary>
public static partial class StudyDriver
{
    public const string Organiser = "organiser";
    public const string BranchHead = "branchhead";
    public const string Staff1 = "staff1";
    public const string Staff2 = "staff2";
    public const string Staff3 = "staff3";

    /// <summary>The organiser plans a whole-organ collective session; returns its id.</summary>
    public static async Task<int> PlanSessionAsync(PortalClient organiser, string title, DateTime startsBeijing, TimeSpan length, string form = "Collective", string? branchId = null)
    {
        var response = await organiser.PostFormAsync("/admin/study/sessions/create", "/admin/study/sessions/save", new()
        {
            ["Title"] = title,
            ["Topic"] = "监督法",
            ["Form"] = form,
            ["StartsAt"] = startsBeijing.ToString("yyyy-MM-ddTHH:mm"),
            ["EndsAt"] = (startsBeijing + length).ToString("yyyy-MM-ddTHH:mm"),
            ["Place"] = "常委会机关三楼会议室",
            ["BranchId"] = branchId ?? "",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Decoded(FormErrors().Match(await response.Content.ReadAsStringAsync()).Value));
        return int.Parse(SessionId().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    /// <summary>The sign-in link, read from the QR code on the organiser's session page as a phone would read it.</summary>
    public static async Task<string> SignInLinkAsync(PortalClient organiser, int sessionId)
    {
        var page = await organiser.GetStringAsync($"/admin/study/sessions/{sessionId}");
        var svg = Svg().Match(page).Value;
        var link = QrCodeReading.Decode(svg) ?? throw new InvalidOperationException("The session page shows no readable QR code.");
        return new Uri(link).PathAndQuery;
    }

    public static async Task<(HttpResponseMessage Response, string Body)> SignInWithAsync(PortalClient member, string path)
    {
        var page = await member.Http.GetAsync(path);
        var pageBody = await page.Content.ReadAsStringAsync();
        if (!pageBody.Contains("确认签到"))
        {
            // Refused or already signed in: the page offers no button to press.
            return (page, Decoded(pageBody));
        }

        var token = PortalClient.Token(pageBody);
        var response = await member.Http.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            body = await member.GetStringAsync(response.Headers.Location!.OriginalString);
        }

        return (response, Decoded(body));
    }

    public static Task<HttpResponseMessage> RequestLeaveAsync(PortalClient member, int sessionId, string reason) =>
        member.PostFormAsync($"/admin/study/sessions/{sessionId}", $"/admin/study/sessions/{sessionId}/leave", new() { ["reason"] = reason });

    public static async Task<string> FollowAsync(PortalClient client, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location!.OriginalString)
            : await response.Content.ReadAsStringAsync();

    /// <summary>The status cell of a member's line on the organiser's sign-in sheet.</summary>
    public static string SheetStatus(string page, string memberName)
    {
        var row = Regex.Match(page, $"<tr data-member=\"{Regex.Escape(memberName)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"{memberName} is not on the sheet.");
        return Regex.Match(row.Value, "data-field=\"attendance\"><span class=\"status\">([^<]+)</span>").Groups[1].Value;
    }

    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("/admin/study/sessions/(\\d+)")]
    private static partial Regex SessionId();

    [GeneratedRegex("<div class=\"form-errors.*?</div>", RegexOptions.Singleline)]
    private static partial Regex FormErrors();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
