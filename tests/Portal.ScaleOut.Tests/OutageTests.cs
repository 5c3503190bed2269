using System.Net;
using Npgsql;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.ScaleOut.Tests;

/// <summary>The database or the cache stops under load and comes back: the nodes answer as well as they can, and recover by themselves.</summary>
public sealed class OutageTests(PrivateServers servers, ITestOutputHelper output) : IClassFixture<PrivateServers>
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    private TwoNodes Nodes => servers.Nodes;

    [OutageFact]
    public async Task While_PostgreSQL_is_stopped_pages_needing_it_answer_a_Chinese_503_and_both_nodes_recover_by_themselves()
    {
        var editor = await Nodes.SignedInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        await using var traffic = Traffic.Start(Visits(Nodes.Browser(), editor));
        await traffic.UntilAsync(Generous, answers => Served(answers, "/admin/news", DateTime.MinValue), "both nodes serving the news list");

        await servers.Postgres.StopAsync();
        var stoppedAt = DateTime.UtcNow;
        DateTime restartedAt;
        try
        {
            await Task.WhenAll(Task.Delay(Outage), traffic.UntilAsync(Generous,
                answers => new[] { "A", "B" }.All(node => answers.Any(a => a.Node == node && a.At > stoppedAt && a.Status == HttpStatusCode.ServiceUnavailable)),
                "a 503 from each node"));
        }
        finally
        {
            restartedAt = DateTime.UtcNow;
            await servers.Postgres.StartAgainAsync();
        }

        await traffic.UntilAsync(Generous, answers => Served(answers, "/admin/news", restartedAt), "both nodes serving the news list again");
        await traffic.StopAsync();

        var answers = traffic.Answers;
        output.WriteLine(traffic.Summary());
        Assert.All(answers, answer => Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            $"{answer.Node} {answer.Path} answered {answer.Status}: {answer.Body}"));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), answer =>
        {
            Assert.Contains("服务暂时不可用", answer.Body);
            Assert.Contains("lang=\"zh-CN\"", answer.Body);
            Assert.DoesNotContain("Exception", answer.Body);
            Assert.Equal("10", answer.RetryAfter);
        });

        // The background work resumed too: the clustered scheduler fires its triggers again, and B's search indexer
        // picks up an article published through A.
        await using var db = NpgsqlDataSource.Create(Nodes.ConnectionString);
        await TwoNodeTests.WaitForAsync(Generous, async () => await TwoNodeTests.LastFiringAsync(db) > restartedAt.Ticks, () => "the reminder trigger firing again");
        var word = NewsDesk.UniqueWord();
        Assert.Equal(HttpStatusCode.Redirect, (await NewsDesk.PublishAsync(editor.A, editor.A, $"数据库恢复后的文章 {word}", $"数据库停止后又恢复了。{word}")).StatusCode);
        var reader = Nodes.Browser();
        await NewsDesk.EventuallyAsync(Generous, () => reader.B.GetStringAsync($"/search?q={word}"), body => body.Contains(word));
    }

    [OutageFact]
    public async Task While_Redis_is_down_both_nodes_render_every_page_fresh_and_cache_pages_again_when_it_returns()
    {
        var editor = await Nodes.SignedInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var reader = Nodes.Browser();
        await using var traffic = Traffic.Start(Visits(reader, editor));
        await traffic.UntilAsync(Generous, answers => Cached(answers, DateTime.MinValue), "both nodes serving the column from the cache");

        await servers.Redis.StopAsync();
        var stoppedAt = DateTime.UtcNow;
        var title = $"缓存停止时发布的文章 {NewsDesk.UniqueWord()}";
        DateTime restartedAt;
        try
        {
            // A change while the cache is down is saved, and shown at once by the other node: no page is kept from before it.
            var published = await NewsDesk.PublishAsync(editor.B, editor.A, title, "缓存停止时，页面照常显示。");
            Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"Publishing answered {(int)published.StatusCode}: {await published.Content.ReadAsStringAsync()}");
            Assert.Contains(title, await reader.B.GetStringAsync(NewsDesk.Column));
            await Task.WhenAll(Task.Delay(Outage), traffic.UntilAsync(Generous,
                answers => answers.Count(a => a.At > stoppedAt) >= 40, "forty answers while Redis is down"));
        }
        finally
        {
            restartedAt = DateTime.UtcNow;
            await servers.Redis.StartAgainAsync();
        }

        await traffic.UntilAsync(Generous, answers => Cached(answers, restartedAt), "both nodes serving the column from the cache again");
        await traffic.StopAsync();

        var answers = traffic.Answers;
        output.WriteLine(traffic.Summary());
        Assert.All(answers, answer => Assert.True(answer.Status == HttpStatusCode.OK, $"{answer.Node} {answer.Path} answered {answer.Status}: {answer.Body}"));
        var fromCacheWhileDown = answers.Where(a => a.At > stoppedAt && a.Answered < restartedAt && a.FromCache).ToList();
        Assert.True(fromCacheWhileDown.Count == 0, $"Served from the cache while Redis was down ({stoppedAt:HH:mm:ss.fff} to {restartedAt:HH:mm:ss.fff}): " +
            string.Join(", ", fromCacheWhileDown.Select(a => $"{a.Node} {a.Path} {a.At:HH:mm:ss.fff}-{a.Answered:HH:mm:ss.fff} aged {a.Age}")));
        foreach (var node in new[] { reader.A, reader.B })
        {
            Assert.Contains(title, await node.GetStringAsync(NewsDesk.Column));
        }
    }

    /// <summary>Readers on the home page and a column, an editor on the news list (which always reads the database), on both nodes.</summary>
    private static Traffic.Visit[] Visits(Browser reader, Browser editor) =>
    [
        new("A", reader.A, "/"), new("B", reader.B, "/"),
        new("A", reader.A, NewsDesk.Column), new("B", reader.B, NewsDesk.Column),
        new("A", editor.A, "/admin/news"), new("B", editor.B, "/admin/news"),
    ];

    private static bool Served(IReadOnlyList<Traffic.Answer> answers, string path, DateTime after) =>
        new[] { "A", "B" }.All(node => answers.Any(a => a.Node == node && a.Path == path && a.At > after && a.Status == HttpStatusCode.OK));

    private static bool Cached(IReadOnlyList<Traffic.Answer> answers, DateTime after) =>
        new[] { "A", "B" }.All(node => answers.Any(a => a.Node == node && a.Path == NewsDesk.Column && a.At > after && a.FromCache));
}
