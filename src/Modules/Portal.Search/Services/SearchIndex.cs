using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Portal.Core.Hosting;

namespace Portal.Search.Services;

/// <summary>
/// This node's Lucene index: one writer for the process, searchers refreshed after each commit. Chinese is segmented
/// into words by SmartCn. The queue mark is stored in the commit itself, so the index and the record of what it holds
/// can never disagree: a deleted or lost index folder starts again from a rebuild.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    internal const string IdField = "id";
    internal const string TypeField = "type";
    internal const string CategoryField = "category";
    internal const string TitleField = "title";
    internal const string TextField = "text";
    internal const string UrlField = "url";
    internal const string DateField = "date";
    internal const string DateSortField = "date_sort";
    private const string MarkKey = "queue-mark";
    private const string NodeKey = "node-id";

    /// <summary>
    /// The page text keeps term vectors with positions and offsets, so snippets are marked from the index instead of
    /// running SmartCn over every hit again (that was most of a search's time). In an index built before there are
    /// none: its snippets are the text's beginning, unmarked, until it is rebuilt.
    /// </summary>
    private static readonly FieldType TextWithVectors = Frozen(new FieldType(Lucene.Net.Documents.TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public SearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        Analyzer = new SmartChineseAnalyzer(Version);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        Mark = _writer.CommitData.TryGetValue(MarkKey, out var mark) && long.TryParse(mark, CultureInfo.InvariantCulture, out var value) ? value : null;
        NodeId = _writer.CommitData.TryGetValue(NodeKey, out var node) && !string.IsNullOrEmpty(node) ? node : Guid.NewGuid().ToString("N");
    }

    public Analyzer Analyzer { get; }

    /// <summary>Every queue entry up to this one is in the index; null for an index that was never built.</summary>
    public long? Mark { get; private set; }

    /// <summary>
    /// Names this index in the rows this node keeps in the shared database (the items it failed to index). Those rows
    /// belong to the index, not to a machine or a folder name: the node's cursor went past the failed entries, so only
    /// its own rows bring them back. The id is made with the index and kept in every commit beside the mark, so it
    /// lives and dies with what it describes: two nodes on one machine have two folders and two ids; a renamed host or
    /// a container recreated over the same folder keeps its id (a name from the host or the path would lose the failed
    /// entries there, or share them between two nodes that happen to use the same path); a lost folder is rebuilt under
    /// a new id, and the rebuild reads every item afresh, so the old id's rows are not needed.
    /// </summary>
    internal string NodeId { get; }

    public int DocumentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public void Upsert(SearchDocument document) => _writer.UpdateDocument(new Term(IdField, document.Id), ToLucene(document));

    public void Delete(string id) => _writer.DeleteDocuments(new Term(IdField, id));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes the changes durable together with the new mark, and visible to searches.</summary>
    public void Commit(long mark)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [MarkKey] = mark.ToString(CultureInfo.InvariantCulture), [NodeKey] = NodeId });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Mark = mark;
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }

    private static Document ToLucene(SearchDocument document)
    {
        var fields = new Document
        {
            new StringField(IdField, document.Id, Field.Store.YES),
            new StringField(TypeField, document.TypeName, Field.Store.YES),
            new TextField(TitleField, document.Title, Field.Store.YES),
            new Field(TextField, document.Text, TextWithVectors),
            new StoredField(UrlField, document.Url),
        };
        foreach (var category in document.Categories.Distinct())
        {
            fields.Add(new StringField(CategoryField, category, Field.Store.YES));
        }

        if (document.Date is { } date)
        {
            var day = DayNumber(date);
            fields.Add(new Int64Field(DateField, day, Field.Store.YES));
            fields.Add(new NumericDocValuesField(DateSortField, day));
        }
        else
        {
            fields.Add(new NumericDocValuesField(DateSortField, 0));
        }

        foreach (var searched in fields.Fields.OfType<Field>().Where(field => field.Name is TitleField or TextField))
        {
            searched.Boost = document.Weight;
        }

        return fields;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Dates are kept as the Beijing calendar day, yyyyMMdd, which is what readers filter and sort by.</summary>
    internal static long DayNumber(DateTime utc)
    {
        var local = utc.ToChinaTime();
        return local.Year * 10000L + local.Month * 100 + local.Day;
    }

    internal static long DayNumber(DateOnly day) => day.Year * 10000L + day.Month * 100 + day.Day;

    internal static DateOnly? DayOf(string? stored) =>
        long.TryParse(stored, CultureInfo.InvariantCulture, out var n) && n > 0
            ? new DateOnly((int)(n / 10000), (int)(n / 100 % 100), (int)(n % 100))
            : null;
}
