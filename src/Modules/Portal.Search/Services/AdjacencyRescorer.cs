using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Services;

/// <summary>
/// Adds the adjacency query's score to each first-pass hit and orders the hits again (best first, then by document).
/// Lucene.Net 4.8's <see cref="QueryRescorer"/> does the same but throws on a segment where the adjacency query cannot
/// match at all (its weight gives no scorer: a small segment in which the words never stand in the same field), which
/// an index of items published one by one has plenty of. Here such a segment's hits simply gain nothing.
/// </summary>
internal static class AdjacencyRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, Query adjacency, int topN)
    {
        var hits = (ScoreDoc[])firstPass.ScoreDocs.Clone();
        Array.Sort(hits, (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(adjacency);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var segmentEnd = 0;
        AtomicReaderContext? segment = null;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            if (hit.Doc >= segmentEnd)
            {
                do
                {
                    segment = leaves[++leaf];
                    segmentEnd = segment.DocBase + segment.Reader.MaxDoc;
                }
                while (hit.Doc >= segmentEnd);

                scorer = weight.GetScorer(segment, acceptDocs: null);
            }

            hit.Score += Score(scorer, hit.Doc - segment!.DocBase);
        }

        Array.Sort(hits, (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : a.Doc.CompareTo(b.Doc));
        var top = hits.Length > topN ? hits[..topN] : hits;
        return new TopDocs(firstPass.TotalHits, top, top.Length > 0 ? top[0].Score : float.NaN);
    }

    /// <summary>The adjacency score of a document of the segment; 0 where it does not match or nothing in the segment can.</summary>
    private static float Score(Scorer? scorer, int doc)
    {
        if (scorer is null)
        {
            return 0;
        }

        var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
        return at == doc ? scorer.GetScore() : 0;
    }
}
