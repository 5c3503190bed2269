namespace Portal.Search;

/// <summary>A module's public pages for <c>/sitemap.xml</c>. Register it as a scoped <c>ISitemapSource</c>.</summary>
public interface ISitemapSource
{
    IAsyncEnumerable<SitemapEntry> GetEntriesAsync(CancellationToken cancellationToken);
}

/// <summary>One public page: its path on the site (/regulations/...) and when it last changed, if known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified = null);
