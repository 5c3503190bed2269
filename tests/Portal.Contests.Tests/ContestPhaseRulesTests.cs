using Portal.Contests.Models;
using Portal.Contests.Rules;

namespace Portal.Contests.Tests;

public sealed class ContestPhaseRulesTests
{
    private static readonly DateTime Opens = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2027, 3, 31, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-08-31T23:59:59", ContestPhase.NotStarted)]
    [InlineData("2026-09-01T00:00:00", ContestPhase.Open)]
    [InlineData("2027-03-31T09:59:59", ContestPhase.Open)]
    [InlineData("2027-03-31T10:00:00", ContestPhase.Judging)]
    [InlineData("2030-01-01T00:00:00", ContestPhase.Judging)]
    public void The_phase_changes_to_the_second(string now, ContestPhase expected) =>
        Assert.Equal(expected, ContestPhaseRules.PhaseAt(Opens, Closes, resultsPublished: false, DateTime.Parse(now + "Z").ToUniversalTime()));

    [Fact]
    public void Published_results_announce_the_contest_whatever_the_time() =>
        Assert.Equal(ContestPhase.Announced, ContestPhaseRules.PhaseAt(Opens, Closes, resultsPublished: true, Opens.AddDays(1)));

    [Fact]
    public void Closing_must_come_after_opening()
    {
        Assert.NotNull(ContestPhaseRules.ValidateTimes(Opens, Opens));
        Assert.Null(ContestPhaseRules.ValidateTimes(Opens, Opens.AddSeconds(1)));
    }

    [Fact]
    public void Phases_have_their_chinese_names() =>
        Assert.Equal(["未开始", "征集中", "评审中", "已揭晓"], Enum.GetValues<ContestPhase>().Select(p => p.ToChinese()));
}
