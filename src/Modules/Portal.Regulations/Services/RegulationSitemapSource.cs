using System.Runtime.CompilerServices;
using Portal.Search;

namespace Portal.Regulations.Services;

/// <summary>The library, the duties page and every published document, for the sitemap.</summary>
internal sealed class RegulationSitemapSource(RegulationQueries queries) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/regulations");
        yield return new SitemapEntry("/regulations/duties");
        foreach (var document in await queries.AllPublishedAsync())
        {
            yield return new SitemapEntry($"/regulations/{document.Slug}");
        }
    }
}
