using Portal.Contests.Models;

namespace Portal.Contests.Rules;

/// <summary>A judge's scorecard: one whole number per criterion from 0 to its full mark; the total is out of 100.</summary>
public static class ScoreRules
{
    public const int CommentMaxLength = 2000;

    /// <summary>Checks the values typed for each criterion; missing values are allowed only when <paramref name="complete"/> is false.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<RubricCriterion> criteria, IReadOnlyDictionary<int, int?> values, bool complete)
    {
        var errors = new List<string>();
        foreach (var criterion in criteria)
        {
            var value = values.GetValueOrDefault(criterion.Id);
            if (value is null)
            {
                if (complete)
                {
                    errors.Add($"请为“{criterion.Name}”打分。");
                }
            }
            else if (value < 0 || value > criterion.Weight)
            {
                errors.Add($"“{criterion.Name}”的分数须在 0 到 {criterion.Weight} 分之间（填写的是 {value}）。");
            }
        }

        return errors;
    }

    /// <summary>The judge's total on a 0–100 scale: points earned over the points possible.</summary>
    public static double Total(IReadOnlyList<RubricCriterion> criteria, IReadOnlyDictionary<int, int> values)
    {
        var possible = criteria.Sum(c => c.Weight);
        return possible == 0 ? 0 : 100.0 * criteria.Sum(c => values.GetValueOrDefault(c.Id)) / possible;
    }

    /// <summary>Checks a rubric an editor sets: named criteria with positive weights.</summary>
    public static string? ValidateRubric(IReadOnlyList<(string Name, int Weight)> criteria)
    {
        if (criteria.Count == 0)
        {
            return "评分标准至少需要一项。";
        }

        return criteria.Any(c => c.Weight is <= 0 or > 100) ? "每项评分标准的分值须在 1 到 100 之间。" : null;
    }

    public static IReadOnlyList<(string Name, int Weight)> DefaultRubric(TrackKind kind) => kind == TrackKind.Essay
        ? [("主题契合", 30), ("观点见解", 30), ("可行性", 20), ("文字表达", 20)]
        : [("针对性", 25), ("创新性", 25), ("可操作性", 25), ("预期效益", 25)];
}
