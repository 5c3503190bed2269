using System.Net;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Portal.Search.Services;

public sealed record SearchRequest(string Query, string? Type, string? Category, DateOnly? From, DateOnly? To, bool ByDate, int Page, int PageSize = 10);

public sealed record SearchHit(string TitleHtml, string SnippetHtml, string Url, string TypeName, IReadOnlyList<string> Categories, DateOnly? Date);

/// <summary>The answer: <see cref="Page"/> may be lower than asked when the asked page is past the last one.</summary>
public sealed record SearchResults(int Total, int Page, int PageCount, IReadOnlyList<SearchHit> Hits, bool HasTerms);

/// <summary>
/// Searches this node's index. The reader's words are segmented by the same SmartCn analyzer as the pages and every
/// word must appear (in the title or the text); words next to each other rank higher. The query is built from the
/// words themselves, never parsed, so no input is Lucene syntax. Snippets are HTML-encoded except for the marks.
/// </summary>
public sealed class SiteSearch(SearchIndex index)
{
    private const int MaxTerms = 20;
    private const int SnippetLength = 90;
    private const int MaxFragments = 2;
    private const float TitleBoost = 3f;

    public SearchResults Search(SearchRequest request)
    {
        var terms = Terms(request.Query);
        if (terms.Count == 0)
        {
            return new SearchResults(0, 1, 1, [], HasTerms: false);
        }

        var words = WordsQuery(terms);
        var query = new BooleanQuery { { words, Occur.MUST } };
        AddFilters(query, request);
        var sort = request.ByDate
            ? new Sort(new SortField(SearchIndex.DateSortField, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE)
            : Sort.RELEVANCE;

        return index.Read(searcher =>
        {
            var total = searcher.Search(query, 1).TotalHits;
            var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
            var page = Math.Clamp(request.Page, 1, pageCount);
            var top = searcher.Search(query, null, page * request.PageSize, sort);
            var title = Highlighter(new QueryScorer(words, SearchIndex.TitleField), new NullFragmenter());
            // Fixed-size fragments: the span fragmenter waits for a phrase's end position, which SmartCn's position gaps
            // (punctuation removed) can skip, and then runs on to the end of the page.
            var text = Highlighter(new QueryScorer(words, SearchIndex.TextField), new SimpleFragmenter(SnippetLength));
            var hits = top.ScoreDocs.Skip((page - 1) * request.PageSize)
                .Select(hit => ToHit(searcher.IndexReader, hit.Doc, title, text))
                .ToList();
            return new SearchResults(total, page, pageCount, hits, HasTerms: true);
        });
    }

    /// <summary>The type names and the categories in the index, for the filters.</summary>
    public (IReadOnlyList<string> Types, IReadOnlyList<string> Categories) Facets() => index.Read(searcher =>
        ((IReadOnlyList<string>)Values(searcher.IndexReader, SearchIndex.TypeField), (IReadOnlyList<string>)Values(searcher.IndexReader, SearchIndex.CategoryField)));

    /// <summary>The reader's words as the analyzer segments them, e.g. 督办工作程序 → 督办, 工作, 程序.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = index.Analyzer.GetTokenStream(SearchIndex.TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static Query WordsQuery(IReadOnlyList<string> terms)
    {
        var all = new BooleanQuery();
        foreach (var term in terms.Distinct())
        {
            all.Add(new BooleanQuery
            {
                { new TermQuery(new Term(SearchIndex.TitleField, term)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(SearchIndex.TextField, term)), Occur.SHOULD },
            }, Occur.MUST);
        }

        if (terms.Count == 1)
        {
            return all;
        }

        var ranked = new BooleanQuery { { all, Occur.MUST } };
        foreach (var (field, boost) in new[] { (SearchIndex.TitleField, TitleBoost), (SearchIndex.TextField, 1f) })
        {
            var phrase = new PhraseQuery { Boost = boost * 2 };
            foreach (var term in terms)
            {
                phrase.Add(new Term(field, term));
            }

            ranked.Add(phrase, Occur.SHOULD);
        }

        return ranked;
    }

    private static void AddFilters(BooleanQuery query, SearchRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Type))
        {
            query.Add(new TermQuery(new Term(SearchIndex.TypeField, request.Type)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            query.Add(new TermQuery(new Term(SearchIndex.CategoryField, request.Category)), Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            query.Add(NumericRangeQuery.NewInt64Range(SearchIndex.DateField,
                request.From is { } from ? SearchIndex.DayNumber(from) : null,
                request.To is { } to ? SearchIndex.DayNumber(to) : null,
                minInclusive: true, maxInclusive: true), Occur.MUST);
        }
    }

    private static Highlighter Highlighter(QueryScorer scorer, IFragmenter fragmenter) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), scorer) { TextFragmenter = fragmenter };

    private SearchHit ToHit(IndexReader reader, int docId, Highlighter title, Highlighter text)
    {
        var document = reader.Document(docId);
        var titleText = document.Get(SearchIndex.TitleField) ?? "";
        var bodyText = document.Get(SearchIndex.TextField) ?? "";
        using var tokens = TokenSources.GetAnyTokenStream(reader, docId, SearchIndex.TextField, index.Analyzer);
        // Unmerged fragments: merging neighbours that each hold a word can make one snippet of a whole page.
        var snippet = text.GetBestTextFragments(tokens, bodyText, mergeContiguousFragments: false, MaxFragments)
            .Where(f => f is { Score: > 0 }).Select(f => f.ToString()).ToArray();
        return new SearchHit(
            title.GetBestFragment(index.Analyzer, SearchIndex.TitleField, titleText) ?? WebUtility.HtmlEncode(titleText),
            snippet.Length > 0 ? string.Join("……", snippet) : WebUtility.HtmlEncode(bodyText.Length > SnippetLength ? bodyText[..SnippetLength] + "……" : bodyText),
            document.Get(SearchIndex.UrlField) ?? "/",
            document.Get(SearchIndex.TypeField) ?? "",
            document.GetValues(SearchIndex.CategoryField),
            SearchIndex.DayOf(document.Get(SearchIndex.DateField)));
    }

    private static List<string> Values(IndexReader reader, string field)
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return values;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            values.Add(iterator.Term.Utf8ToString());
        }

        return values;
    }

    /// <summary>Encodes the page text for HTML (Chinese stays as it is); the highlighter's own marks are added after.</summary>
    private sealed class HtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
