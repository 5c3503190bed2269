using System.Runtime.CompilerServices;
using Portal.Search;
using Portal.Study.Services;

namespace Portal.Study.Search;

/// <summary>The public study summary, one page per year, for the sitemap.</summary>
internal sealed class StudySitemapSource(StudyQueries queries) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/study");
        foreach (var year in await queries.YearsAsync())
        {
            yield return new SitemapEntry($"/study/{year}");
        }
    }
}
