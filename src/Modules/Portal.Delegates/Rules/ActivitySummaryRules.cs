using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

public static class ActivitySummaryRules
{
    /// <summary>Counts per month (newest first) and per form, with every form present so tables line up.</summary>
    public static ActivitySummary Build(IEnumerable<ContactFact> facts)
    {
        var list = facts.ToList();
        var months = list
            .GroupBy(f => (f.Date.Year, f.Date.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => new ActivityMonth(g.Key.Year, g.Key.Month, CountByForm(g), g.Count(), g.Sum(f => f.PeopleCount)))
            .ToList();
        return new ActivitySummary(months, CountByForm(list), list.Count, list.Sum(f => f.PeopleCount));
    }

    private static IReadOnlyDictionary<ContactForm, int> CountByForm(IEnumerable<ContactFact> facts)
    {
        var counts = Enum.GetValues<ContactForm>().ToDictionary(f => f, _ => 0);
        foreach (var fact in facts)
        {
            counts[fact.Form]++;
        }

        return counts;
    }
}
