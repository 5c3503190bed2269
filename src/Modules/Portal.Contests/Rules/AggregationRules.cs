namespace Portal.Contests.Rules;

/// <summary>
/// An entry's total is the mean of its judges' totals. Normalised, each judge's totals are first moved to the common mean
/// and spread (z-scores scaled back), so a strict judge and a lenient one weigh the same.
/// </summary>
public static class AggregationRules
{
    public static IReadOnlyDictionary<long, double> EntryTotals(IReadOnlyList<JudgeTotal> totals, bool normalise)
    {
        var values = normalise ? Normalise(totals) : totals;
        return values.GroupBy(t => t.EntryId).ToDictionary(g => g.Key, g => Math.Round(g.Average(t => t.Total), 2));
    }

    public static IReadOnlyList<JudgeTotal> Normalise(IReadOnlyList<JudgeTotal> totals)
    {
        if (totals.Count == 0)
        {
            return totals;
        }

        var (mean, spread) = MeanAndSpread(totals.Select(t => t.Total).ToList());
        var byJudge = totals.GroupBy(t => t.JudgeId).ToDictionary(g => g.Key, g => MeanAndSpread(g.Select(t => t.Total).ToList()));
        return totals.Select(t =>
        {
            var (judgeMean, judgeSpread) = byJudge[t.JudgeId];
            // A judge whose totals are all equal (or who scored once) can only be shifted, not scaled.
            var scale = judgeSpread > 0 ? spread / judgeSpread : 1;
            return t with { Total = Math.Clamp(mean + (t.Total - judgeMean) * scale, 0, 100) };
        }).ToList();
    }

    private static (double Mean, double Spread) MeanAndSpread(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}

/// <summary>One judge's submitted total (0–100) for one entry.</summary>
public sealed record JudgeTotal(long EntryId, string JudgeId, double Total);
