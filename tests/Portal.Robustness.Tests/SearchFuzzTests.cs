using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.News.Models;
using Portal.News.Services;
using Portal.Search.Services;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.Robustness.Tests;

/// <summary>
/// Ten thousand searches of every shape the search page takes (hostile words, Lucene syntax, broken encodings, every
/// filter, sort and page), sent while an editor publishes articles with hostile markup one by one through the admin form
/// and each is indexed on its own, so that the index is a growing heap of small segments under the searches.
/// </summary>
public sealed partial class SearchFuzzTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    public const string Address = "/search";

    /// <summary>What the search page binds; the test fills each of them.</summary>
    private static readonly string[] Parameters = ["q", "type", "column", "from", "to", "sort", "page"];

    private const int Seed = 2012_05_31;
    private const int Searches = 10_000;
    private const int Articles = 50;
    private static readonly string[] Findable = ["民生", "常务委员会", "工作评议", "主题活动", "督办工作程序", "人大 代表", "会议 审议"];

    [Fact]
    public async Task Ten_thousand_searches_while_hostile_articles_are_published_get_no_server_error()
    {
        Assert.Equal(Parameters, PublicEndpoint.All(portal.Services).Single(e => e.Template == Address).QueryNames);
        await portal.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var random = new Random(Seed);
        var articles = Enumerable.Range(1, Articles).Select(n => HostileArticle.Make(random, n)).ToList();
        var (types, categories) = portal.Services.GetRequiredService<SiteSearch>().Facets();
        var broken = HostileValues.Draw(Seed, HostileValues.FixedCount);
        var combinations = EveryFilterSortAndPage(types, categories).ToList();
        var probes = combinations
            .Concat(Enumerable.Range(0, Searches - combinations.Count).Select(_ => SearchProbe(random, articles, types, categories, broken)))
            .ToArray();
        random.Shuffle(probes);
        var barrage = new Barrage(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var withResults = 0;
        var withoutResults = 0;
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var publishing = PublishAsync(articles, () => barrage.Sent);
        await barrage.SendAsync(probes, async (_, response) =>
        {
            var total = Total().Match(await response.Content.ReadAsStringAsync());
            if (total.Success)
            {
                if (total.Groups[1].Value == "0")
                {
                    Interlocked.Increment(ref withoutResults);
                }
                else
                {
                    Interlocked.Increment(ref withResults);
                }
            }
        });
        await publishing;

        output.WriteLine($"{barrage.Sent} searches ({combinations.Count} of them every type × column × sort × page; {withResults} with results, {withoutResults} without) "
            + $"while {Articles} articles were published, in {clock.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of processor time); "
            + barrage.Answers);
        Assert.True(barrage.Failures.Count == 0, barrage.Report(Seed));
        Assert.True(withResults > 500 && withoutResults > 500, $"{withResults} searches found something, {withoutResults} nothing");
    }

    /// <summary>
    /// Publishes the articles one at a time through the admin form, spread over the searches (the next one when its share
    /// of them has been sent), and has each indexed before the next: one commit, so one small segment, per article.
    /// </summary>
    private async Task PublishAsync(IReadOnlyList<HostileArticle> articles, Func<int> searchesSent)
    {
        var editor = await PortalClient.SignedInAsync(portal, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var indexer = portal.Services.GetRequiredService<SearchIndexer>();
        var column = await portal.Services.GetRequiredService<ColumnTree>().FindBySlugAsync("gongzuo-dongtai");
        for (var n = 0; n < articles.Count; n++)
        {
            while (searchesSent() < n * Searches / articles.Count)
            {
                await Task.Delay(20);
            }

            var article = articles[n];
            var response = await editor.PostFormAsync("/admin/news/create", "/admin/news/create", new()
            {
                ["ContentType"] = ArticleTypes.Article,
                ["Title"] = article.Title,
                ["ColumnId"] = column!.Id.ToString(CultureInfo.InvariantCulture),
                ["Body"] = article.Body,
                ["Command"] = "publish",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"publishing “{article.Title}” answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await indexer.CatchUpAsync();
        }
    }

    /// <summary>Every type, column, order and page the search page offers (and none), each with a word that finds something.</summary>
    private static IEnumerable<Probe> EveryFilterSortAndPage(IReadOnlyList<string> types, IReadOnlyList<string> categories)
    {
        var n = 0;
        foreach (var type in types.Prepend(null))
        {
            foreach (var column in categories.Prepend(null))
            {
                foreach (var sort in new[] { null, "date" })
                {
                    foreach (var page in new[] { null, "2", "999" })
                    {
                        var query = Findable[n++ % Findable.Length];
                        var parameters = new (string Name, string? Value)[] { ("q", query), ("type", type), ("column", column), ("sort", sort), ("page", page) }
                            .Where(p => p.Value is not null).Select(p => (p.Name, HostileValues.Encode(p.Value!))).ToList();
                        yield return Search(parameters);
                    }
                }
            }
        }
    }

    private static Probe SearchProbe(Random random, IReadOnlyList<HostileArticle> articles, IReadOnlyList<string> types, IReadOnlyList<string> categories, IReadOnlyList<HostileValue> broken)
    {
        var article = articles[random.Next(articles.Count)];
        var query = random.Next(20) switch
        {
            < 5 => HostileValues.Encode(HostileValues.Text(random)),
            < 8 => HostileValues.Encode(article.Word),
            < 10 => HostileValues.Encode(article.Word + " " + article.Markup),
            11 => HostileValues.Encode(article.Markup),
            12 => HostileValues.Encode(article.Title),
            < 15 => HostileValues.Encode(Findable[random.Next(Findable.Length)] + (random.Next(2) == 0 ? "" : " " + HostileValues.Text(random))),
            < 17 => broken[random.Next(broken.Count)],
            _ => HostileValues.Encode(article.Word + HostileValues.Text(random)),
        };
        var parameters = new List<(string Name, HostileValue Value)> { ("q", query) };
        Add(parameters, "type", random, () => HostileValues.Encode(types.Count > 0 ? types[random.Next(types.Count)] : "文章"), broken);
        Add(parameters, "column", random, () => HostileValues.Encode(categories.Count > 0 ? categories[random.Next(categories.Count)] : "工作动态"), broken);
        Add(parameters, "from", random, () => HostileValues.Encode(Day(random)), broken);
        Add(parameters, "to", random, () => HostileValues.Encode(Day(random)), broken);
        Add(parameters, "sort", random, () => HostileValues.Encode("date"), broken);
        Add(parameters, "page", random, () => HostileValues.Encode(Pick(random, "1", "2", "3", "5", "12", "100", "101", "999")), broken);
        return Search(parameters);
    }

    private static Probe Search(IReadOnlyList<(string Name, HostileValue Value)> parameters) => new(
        Address + "?" + string.Join("&", parameters.Select(p => $"{p.Name}={p.Value.Encoded}")),
        string.Join("  ", parameters.Select(p => $"{p.Name}={p.Value.Shown}")));

    /// <summary>Leaves the parameter out about half the time, else a value the page offers, sometimes a hostile one.</summary>
    private static void Add(List<(string, HostileValue)> parameters, string name, Random random, Func<HostileValue> offered, IReadOnlyList<HostileValue> broken)
    {
        switch (random.Next(10))
        {
            case < 5:
                return;
            case < 8:
                parameters.Add((name, offered()));
                return;
            case 8:
                parameters.Add((name, HostileValues.Encode(HostileValues.Text(random))));
                return;
            default:
                parameters.Add((name, broken[random.Next(broken.Count)]));
                return;
        }
    }

    private static string Day(Random random) => new DateOnly(2010, 1, 1).AddDays(random.Next(0, 7_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    [GeneratedRegex("data-field=\"total\">(\\d+)<")]
    private static partial Regex Total();
}
