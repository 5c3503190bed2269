using Portal.Contests.Rules;

namespace Portal.Contests.Tests;

public sealed class AssignmentRulesTests
{
    private static JudgeCandidate Judge(string id, params string[] conflicts) =>
        new(id, conflicts.Select(AssignmentRules.UnitKey).ToHashSet());

    private static List<EntryToAssign> Entries(int count, string unit = "单位甲") =>
        Enumerable.Range(1, count).Select(i => new EntryToAssign(i, $"author{i}", unit)).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(99)]
    public void Every_entry_gets_n_judges_and_loads_differ_by_at_most_one(int seed)
    {
        var judges = Enumerable.Range(1, 5).Select(i => Judge($"j{i}")).ToList();
        var plan = AssignmentRules.Plan(Entries(13), judges, [], 3, new Random(seed));

        Assert.Empty(plan.Shortfalls);
        Assert.All(plan.Added.GroupBy(a => a.EntryId), g => Assert.Equal(3, g.Select(a => a.JudgeId).Distinct().Count()));
        var loads = judges.Select(j => plan.Added.Count(a => a.JudgeId == j.JudgeId)).ToList();
        Assert.Equal(39, loads.Sum());
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
    }

    [Fact]
    public void A_judge_never_gets_an_own_entry_nor_one_from_a_declared_unit()
    {
        var judges = new[] { Judge("author1"), Judge("j2", "示例县 人大常委会"), Judge("j3"), Judge("j4") };
        var entries = new List<EntryToAssign>
        {
            new(1, "author1", "别的单位"),
            new(2, "someone", "示例县人大常委会"),
            new(3, "other", "示例县人大常委会"),
        };

        var plan = AssignmentRules.Plan(entries, judges, [], 2, new Random(3));

        Assert.DoesNotContain((1L, "author1"), plan.Added);
        Assert.DoesNotContain(plan.Added, a => a.JudgeId == "j2" && a.EntryId is 2 or 3);
        Assert.Empty(plan.Shortfalls);
    }

    [Fact]
    public void An_entry_without_enough_eligible_judges_is_reported()
    {
        var judges = new[] { Judge("j1", "单位甲"), Judge("j2") };
        var plan = AssignmentRules.Plan(Entries(2), judges, [], 2, new Random(1));

        Assert.Equal([1L, 2L], plan.Shortfalls.Order());
        Assert.All(plan.Added, a => Assert.Equal("j2", a.JudgeId));
    }

    [Fact]
    public void Existing_assignments_count_and_are_not_repeated()
    {
        var judges = new[] { Judge("j1"), Judge("j2"), Judge("j3") };
        var plan = AssignmentRules.Plan(Entries(1), judges, [(1L, "j1")], 2, new Random(5));

        Assert.Single(plan.Added);
        Assert.NotEqual("j1", plan.Added[0].JudgeId);
    }

    [Fact]
    public void The_same_seed_gives_the_same_assignment_and_another_seed_may_not()
    {
        var judges = Enumerable.Range(1, 6).Select(i => Judge($"j{i}")).ToList();
        var first = AssignmentRules.Plan(Entries(10), judges, [], 2, new Random(11)).Added;
        var again = AssignmentRules.Plan(Entries(10), judges, [], 2, new Random(11)).Added;
        var others = Enumerable.Range(12, 5).Select(s => AssignmentRules.Plan(Entries(10), judges, [], 2, new Random(s)).Added).ToList();

        Assert.Equal(first, again);
        Assert.Contains(others, o => !o.SequenceEqual(first));
    }
}
