namespace Portal.Contests.Rules;

/// <summary>Standard competition ranking (1, 2, 2, 4): equal totals, to two decimals, share a place and are marked as ties.</summary>
public static class RankingRules
{
    public static IReadOnlyList<RankedEntry> Rank(IReadOnlyDictionary<long, double> totals)
    {
        var ordered = totals.Select(t => (Id: t.Key, Total: Math.Round(t.Value, 2)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Id)
            .ToList();
        var ranked = new List<RankedEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Total == ordered[i - 1].Total ? ranked[i - 1].Rank : i + 1;
            var tied = (i > 0 && ordered[i].Total == ordered[i - 1].Total) || (i + 1 < ordered.Count && ordered[i].Total == ordered[i + 1].Total);
            ranked.Add(new RankedEntry(ordered[i].Id, ordered[i].Total, rank, tied));
        }

        return ranked;
    }
}

public sealed record RankedEntry(long EntryId, double Total, int Rank, bool IsTie);
