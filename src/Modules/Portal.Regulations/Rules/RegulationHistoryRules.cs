using Portal.Regulations.Models;

namespace Portal.Regulations.Rules;

/// <summary>A document's history: every document linked to it by amendments and repeals, directly or through others.</summary>
public static class RegulationHistoryRules
{
    public static IReadOnlySet<long> Chain(long id, IReadOnlyCollection<RegulationLink> links)
    {
        var chain = new HashSet<long> { id };
        var pending = new Queue<long>([id]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var link in links.Where(l => l.FromId == current || l.ToId == current))
            {
                foreach (var next in new[] { link.FromId, link.ToId })
                {
                    if (chain.Add(next))
                    {
                        pending.Enqueue(next);
                    }
                }
            }
        }

        return chain;
    }

    /// <summary>Oldest first; a document without dates goes last, ties by id (the order of filing).</summary>
    public static IReadOnlyList<T> InDateOrder<T>(IEnumerable<T> documents, Func<T, DateOnly?> date, Func<T, long> id) =>
        documents.OrderBy(d => date(d) is null).ThenBy(d => date(d)).ThenBy(id).ToList();
}
