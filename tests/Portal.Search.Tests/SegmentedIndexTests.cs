using Portal.Search.Services;

namespace Portal.Search.Tests;

/// <summary>
/// Searches an index of many small segments, as one grows when items are published one by one: each commit below
/// writes its own segment. A segment in which the searched words never stand next to each other (one in the title,
/// the other only in the text) has nothing for the adjacency ranking to score; its hits must still be found.
/// </summary>
public sealed class SegmentedIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-search-segments", Guid.NewGuid().ToString("N"));
    private readonly SearchIndex _index;
    private readonly SiteSearch _search;
    private long _mark;

    public SegmentedIndexTests()
    {
        _index = new SearchIndex(_folder);
        _search = new SiteSearch(_index);
    }

    [Fact]
    public void Hits_in_a_segment_where_the_words_are_never_in_one_field_are_found_and_adjacent_words_still_rank_higher()
    {
        Publish("1", "湿地保护简报", "巡查工作有序，记录齐全。");
        Publish("2", "候鸟监测简报", "湿地巡查工作有序，面积稳定。");
        Publish("3", "候鸟保护纪要", "湿地面积稳定，巡查工作有序。");
        Assert.True(SegmentCount() >= 3, $"the test needs one segment per item, the index has {SegmentCount()}");

        var results = _search.Search(new SearchRequest("湿地巡查", null, null, null, null, ByDate: false, Page: 1));

        var urls = results.Hits.Select(hit => hit.Url).ToList();
        Assert.Equal(["/items/1", "/items/2", "/items/3"], urls.Order());
        Assert.True(urls.IndexOf("/items/2") < urls.IndexOf("/items/3"), string.Join(", ", urls));
    }

    [Fact]
    public void The_pages_of_a_search_over_many_segments_hold_every_hit_once_adjacent_first()
    {
        for (var i = 1; i <= 14; i++)
        {
            Publish(i.ToString(), i % 2 == 0 ? $"湿地巡查第{i}期" : $"湿地简报第{i}期", i % 2 == 0 ? "工作有序。" : "巡查工作有序。");
        }

        var first = _search.Search(new SearchRequest("湿地巡查", null, null, null, null, ByDate: false, Page: 1));
        var second = _search.Search(new SearchRequest("湿地巡查", null, null, null, null, ByDate: false, Page: 2));

        Assert.Equal(14, first.Total);
        Assert.Equal(14, first.Hits.Concat(second.Hits).Select(hit => hit.Url).Distinct().Count());
        Assert.All(first.Hits.Take(7), hit => Assert.Contains("<mark>巡查</mark>", hit.TitleHtml));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Publish(string key, string title, string text)
    {
        _index.Upsert(new SearchDocument("Article", key, "文章", title, text, $"/items/{key}", new DateTime(2012, 3, 1, 0, 0, 0, DateTimeKind.Utc), ["工作动态"]));
        _index.Commit(++_mark);
    }

    private int SegmentCount() => _index.Read(searcher => searcher.IndexReader.Leaves.Count);
}
