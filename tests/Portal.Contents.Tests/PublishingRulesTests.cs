using Portal.Contents.Rules;

namespace Portal.Contents.Tests;

public sealed class PublishingRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_time_in_the_future_schedules()
    {
        Assert.True(PublishingRules.IsScheduled(Now.AddMinutes(1), Now));
    }

    [Fact]
    public void No_time_publishes_at_once()
    {
        Assert.False(PublishingRules.IsScheduled(null, Now));
    }

    [Fact]
    public void The_current_time_publishes_at_once()
    {
        Assert.False(PublishingRules.IsScheduled(Now, Now));
    }

    [Fact]
    public void A_time_in_the_past_publishes_at_once()
    {
        Assert.False(PublishingRules.IsScheduled(Now.AddDays(-1), Now));
    }
}
