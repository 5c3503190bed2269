using System.Diagnostics;
using System.Text;
using Portal.Search;
using Portal.Search.Services;

// Indexes generated Chinese articles into a fresh index with the portal's own SearchIndex (SmartCn, the same
// fields), then times searches through SiteSearch, highlighting included. Not part of the test suite.
var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
var folder = Path.Combine(Path.GetTempPath(), "portal-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
var random = new Random(2012);

string[] phrases =
[
    "市人大常委会", "主题活动", "强两基重民生转方式促发展", "执法检查", "专题询问", "代表建议", "督办工作", "工作评议",
    "中原经济区建设", "金点子", "优秀征文", "联系选民", "重点项目", "小巨人企业", "新型农村社区", "民生工程",
    "食品安全", "交通安全", "监督法", "代表法", "规范性文件", "备案审查", "机关建设", "集中学习", "工作台账",
    "任职培训", "门户网站", "预算审查", "环境保护", "城乡建设", "教育科学文化卫生", "依法履职", "调研视察",
];
string[] joins = ["，", "。", "、", "；", "进一步加强", "认真落实", "扎实推进", "积极开展", "广泛听取", "切实做好"];

string Sentence(int words)
{
    var text = new StringBuilder();
    for (var i = 0; i < words; i++)
    {
        text.Append(phrases[random.Next(phrases.Length)]).Append(joins[random.Next(joins.Length)]);
    }

    return text.ToString();
}

var documents = Enumerable.Range(1, count).Select(i => new SearchDocument(
    "Article", i.ToString(), "文章", $"市人大常委会{Sentence(2)}第{i}号", Sentence(60 + random.Next(80)),
    $"/news/bench-{i}", new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i), ["工作动态"])).ToList();
var characters = documents.Sum(d => d.Title.Length + d.Text.Length);

using (var index = new SearchIndex(folder))
{
    var watch = Stopwatch.StartNew();
    foreach (var document in documents)
    {
        index.Upsert(document);
    }

    index.Commit(count);
    watch.Stop();
    Console.WriteLine($"Indexed {count:N0} articles ({characters / 1_000_000.0:F1} M characters) in {watch.Elapsed.TotalSeconds:F1} s: " +
        $"{count / watch.Elapsed.TotalSeconds:N0} articles/s");

    var search = new SiteSearch(index);
    string[] queries = ["民生", "督办工作", "工作评议", "中原经济区", "金点子", "执法检查", "小巨人企业", "食品安全", "备案审查", "联系选民"];
    foreach (var query in queries)
    {
        search.Search(new SearchRequest(query, null, null, null, null, false, 1));
    }

    var timings = new List<double>();
    for (var round = 0; round < 50; round++)
    {
        foreach (var query in queries)
        {
            var one = Stopwatch.StartNew();
            var results = search.Search(new SearchRequest(query, null, null, null, null, ByDate: round % 2 == 1, Page: 1 + round % 3));
            one.Stop();
            if (results.Total == 0)
            {
                throw new InvalidOperationException($"No result for {query}.");
            }

            timings.Add(one.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    Console.WriteLine($"Searched {timings.Count} times (10 queries, first three pages, by relevance and by date, with highlighted snippets): " +
        $"median {timings[timings.Count / 2]:F2} ms, p95 {timings[(int)(timings.Count * 0.95)]:F2} ms, max {timings[^1]:F2} ms");
}

Directory.Delete(folder, recursive: true);
