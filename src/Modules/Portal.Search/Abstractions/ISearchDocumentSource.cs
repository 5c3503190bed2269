namespace Portal.Search;

/// <summary>
/// A module's way into the site search: turns its items into <see cref="SearchDocument"/>s. Register it as a scoped
/// <c>ISearchDocumentSource</c>; content types are indexed on every content change by themselves (derive from
/// <see cref="ContentSearchSource"/>), plain records when the module calls <see cref="SearchQueue.Enqueue"/>.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>The kinds of item this source describes: content types (<c>Article</c>) or record names (<c>LedgerTask</c>).</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>The item as the public may find it now, or null when it is gone, unpublished or private.</summary>
    Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken);

    /// <summary>Every item the public may find, for a rebuild of the index from the database.</summary>
    IAsyncEnumerable<SearchDocument> LoadAllAsync(CancellationToken cancellationToken);
}
