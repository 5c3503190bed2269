using System.Net;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;
using Portal.Core.Data;

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
    private const int AdjacencyWindow = 200;
    private static readonly string[] MarkOpen = ["<mark>"];
    private static readonly string[] MarkClose = ["</mark>"];

    /// <summary>
    /// Snippets are cut from the page text's term vectors (positions and offsets stored in the index): only the
    /// searched words' offsets are read, nothing is segmented again, and no in-memory index is built per hit for the
    /// phrase boosts, which is what the span-scoring highlighter did (most of a search's time with thousands of hits).
    /// Fragments end at Chinese or Western punctuation when one is near.
    /// </summary>
    private static readonly FastVectorHighlighter Snippets = new(phraseHighlight: false, fieldMatch: true);
    private static readonly SimpleFragListBuilder SnippetPlaces = new();
    private static readonly ScoreOrderFragmentsBuilder SnippetCutter = new(MarkOpen, MarkClose,
        new SimpleBoundaryScanner(20, ['。', '，', '；', '！', '？', '、', '.', ',', '!', '?', ' ', '\n']));

    public SearchResults Search(SearchRequest request)
    {
        var terms = Terms(request.Query);
        if (terms.Count == 0)
        {
            return new SearchResults(0, 1, 1, [], HasTerms: false);
        }

        var query = new BooleanQuery { { WordsQuery(terms), Occur.MUST } };
        AddFilters(query, request);
        var sort = request.ByDate
            ? new Sort(new SortField(SearchIndex.DateSortField, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE)
            : Sort.RELEVANCE;
        var adjacency = request.ByDate ? null : AdjacencyQuery(terms);

        return index.Read(searcher =>
        {
            // One search gives the page and the total; a page past the last one (rare) is searched again.
            var page = Math.Max(1, request.Page);
            var top = Ranked(searcher, query, adjacency, page * request.PageSize, sort);
            var pageCount = Math.Max(1, (top.TotalHits + request.PageSize - 1) / request.PageSize);
            if (page > pageCount)
            {
                page = pageCount;
                top = Ranked(searcher, query, adjacency, page * request.PageSize, sort);
            }

            var title = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), new QueryScorer(MarkedWords(terms, SearchIndex.TitleField)))
            {
                TextFragmenter = new NullFragmenter(),
            };
            var text = Snippets.GetFieldQuery(MarkedWords(terms, SearchIndex.TextField), searcher.IndexReader);
            var hits = top.ScoreDocs.Skip(Paging.Offset(page, request.PageSize))
                .Select(hit => ToHit(searcher.IndexReader, hit.Doc, title, text))
                .ToList();
            return new SearchResults(top.TotalHits, page, pageCount, hits, HasTerms: true);
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

    /// <summary>
    /// The best <paramref name="count"/> hits. Words next to each other rank higher, but scoring that on every match
    /// (two phrase queries over thousands of hits for a common pair of words) was most of a search's time: the words
    /// alone rank all matches, and the adjacency is scored on the best <see cref="AdjacencyWindow"/> only.
    /// </summary>
    private static TopDocs Ranked(IndexSearcher searcher, Query query, Query? adjacency, int count, Sort sort)
    {
        if (adjacency is null)
        {
            return searcher.Search(query, null, count, sort);
        }

        var firstPass = searcher.Search(query, Math.Max(count, AdjacencyWindow));
        return AdjacencyRescorer.Rescore(searcher, firstPass, adjacency, count);
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

        return all;
    }

    /// <summary>The words as a phrase, in the title or the text; none for a single word.</summary>
    private static Query? AdjacencyQuery(IReadOnlyList<string> terms)
    {
        if (terms.Count == 1)
        {
            return null;
        }

        var phrases = new BooleanQuery();
        foreach (var (field, boost) in new[] { (SearchIndex.TitleField, TitleBoost), (SearchIndex.TextField, 1f) })
        {
            var phrase = new PhraseQuery { Boost = boost * 2 };
            foreach (var term in terms)
            {
                phrase.Add(new Term(field, term));
            }

            phrases.Add(phrase, Occur.SHOULD);
        }

        return phrases;
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

    /// <summary>
    /// The words alone, each marked wherever it stands (the phrase boosts only rank: marking a phrase makes the
    /// highlighter build an in-memory index of every hit to find it).
    /// </summary>
    private static Query MarkedWords(IReadOnlyList<string> terms, string field)
    {
        var words = new BooleanQuery();
        foreach (var term in terms.Distinct())
        {
            words.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return words;
    }

    private SearchHit ToHit(IndexReader reader, int docId, Highlighter title, FieldQuery text)
    {
        var document = reader.Document(docId);
        var titleText = document.Get(SearchIndex.TitleField) ?? "";
        var bodyText = document.Get(SearchIndex.TextField) ?? "";
        var snippet = Snippets.GetBestFragments(text, reader, docId, SearchIndex.TextField, SnippetLength, MaxFragments,
            SnippetPlaces, SnippetCutter, MarkOpen, MarkClose, new HtmlEncoder()) ?? [];
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
