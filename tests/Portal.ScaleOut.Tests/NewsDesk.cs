using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>What the two-node tests do with the news: publish an article, and watch for it on the other node.</summary>
internal static class NewsDesk
{
    public const string Column = "/columns/gongzuo-dongtai";

    /// <summary>Publishes an article to 工作动态 with the form of one node posted to another (or the same).</summary>
    public static async Task<HttpResponseMessage> PublishAsync(PortalClient formFrom, PortalClient postTo, string title, string body)
    {
        var form = await formFrom.GetStringAsync("/admin/news/create");
        return await postTo.Http.PostAsync("/admin/news/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.Token(form),
            ["Title"] = title,
            ["ColumnId"] = Regex.Match(form, "<option value=\"(\\d+)\"[^>]*>[　]*工作动态</option>").Groups[1].Value,
            ["Body"] = body,
            ["Source"] = "测试来源",
            ["Command"] = "publish",
        }));
    }

    /// <summary>Asks again until the answer is right or the time is up; another process does the work, so there is no clock to pin.</summary>
    public static async Task<string> EventuallyAsync(TimeSpan within, Func<Task<string>> ask, Func<string, bool> right)
    {
        var deadline = DateTime.UtcNow + within;
        string answer;
        while (!right(answer = await ask()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(right(answer), $"Not seen within {within.TotalSeconds:0.#} s:\n{answer}");
        return answer;
    }

    /// <summary>A word the analyzer keeps whole and no demo page contains.</summary>
    public static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26)));
}
