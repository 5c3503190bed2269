using Portal.Contests.Models;
using Portal.Contests.Rules;

namespace Portal.Contests.Tests;

public sealed class ScoringRulesTests
{
    private static readonly IReadOnlyList<RubricCriterion> Rubric =
        ScoreRules.DefaultRubric(TrackKind.Essay).Select((c, i) => new RubricCriterion { Id = i + 1, Name = c.Name, Weight = c.Weight }).ToList();

    [Fact]
    public void The_essay_rubric_defaults_are_those_of_the_committee() =>
        Assert.Equal([("主题契合", 30), ("观点见解", 30), ("可行性", 20), ("文字表达", 20)], ScoreRules.DefaultRubric(TrackKind.Essay));

    [Fact]
    public void A_score_outside_the_scale_is_refused_by_name()
    {
        var errors = ScoreRules.Validate(Rubric, new Dictionary<int, int?> { [1] = 31, [2] = -1, [3] = 20, [4] = 0 }, complete: true);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("主题契合") && e.Contains("0 到 30"));
    }

    [Fact]
    public void Submitting_needs_every_criterion_saving_does_not()
    {
        var partial = new Dictionary<int, int?> { [1] = 20 };
        Assert.Empty(ScoreRules.Validate(Rubric, partial, complete: false));
        Assert.Equal(3, ScoreRules.Validate(Rubric, partial, complete: true).Count);
    }

    [Fact]
    public void The_total_is_out_of_one_hundred() =>
        Assert.Equal(75, ScoreRules.Total(Rubric, new Dictionary<int, int> { [1] = 30, [2] = 15, [3] = 20, [4] = 10 }));

    [Fact]
    public void Entry_totals_are_the_mean_of_the_judges()
    {
        var totals = AggregationRules.EntryTotals([new(1, "a", 80), new(1, "b", 71), new(2, "a", 60)], normalise: false);
        Assert.Equal(75.5, totals[1]);
        Assert.Equal(60, totals[2]);
    }

    [Fact]
    public void Normalising_removes_a_judges_strictness()
    {
        // Judge b gives everyone 20 points less than judge a, who scores a different half of the entries.
        List<JudgeTotal> totals =
        [
            new(1, "a", 90), new(2, "a", 70),
            new(3, "b", 70), new(4, "b", 50),
        ];

        var raw = AggregationRules.EntryTotals(totals, normalise: false);
        var normalised = AggregationRules.EntryTotals(totals, normalise: true);

        Assert.True(raw[1] > raw[3]);
        Assert.Equal(normalised[1], normalised[3]);
        Assert.Equal(normalised[2], normalised[4]);
        Assert.True(normalised[1] > normalised[2]);
    }

    [Fact]
    public void A_judge_who_gives_one_score_is_only_shifted()
    {
        var normalised = AggregationRules.Normalise([new(1, "a", 80), new(2, "a", 60), new(3, "b", 10)]);
        Assert.All(normalised, t => Assert.InRange(t.Total, 0, 100));
        Assert.Equal(50, normalised.Single(t => t.JudgeId == "b").Total);
    }

    [Fact]
    public void Ties_share_a_place_and_the_next_place_is_skipped()
    {
        var ranked = RankingRules.Rank(new Dictionary<long, double> { [1] = 80, [2] = 90, [3] = 80.001, [4] = 70 });

        Assert.Equal([2L, 1L, 3L, 4L], ranked.Select(r => r.EntryId));
        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal([false, true, true, false], ranked.Select(r => r.IsTie));
    }

    [Fact]
    public void Awards_are_those_of_the_track()
    {
        Assert.True(AwardRules.IsValid(TrackKind.Essay, "优秀征文"));
        Assert.False(AwardRules.IsValid(TrackKind.GoldenIdea, "优秀征文"));
        Assert.True(AwardRules.Order(TrackKind.Essay, "一等奖") < AwardRules.Order(TrackKind.Essay, "优秀征文"));
    }
}
