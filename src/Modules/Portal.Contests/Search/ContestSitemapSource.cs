using System.Runtime.CompilerServices;
using Portal.Contests.Services;
using Portal.Search;

namespace Portal.Contests.Search;

/// <summary>The contest list, every published notice and the published results, for the sitemap.</summary>
internal sealed class ContestSitemapSource(ContestQueries contests) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/contests");
        foreach (var contest in await contests.PublishedAsync())
        {
            yield return new SitemapEntry($"/contests/{contest.Slug}");
            if (contest.ResultsPublished)
            {
                yield return new SitemapEntry($"/contests/{contest.Slug}/results");
            }
        }
    }
}
