using Portal.Search.Models;
using Portal.Search.Rules;

namespace Portal.Search.Tests;

public sealed class IndexRetryRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_first_failure_is_tried_again_ten_seconds_later_with_its_error_kept()
    {
        var failure = new SearchIndexFailure();

        IndexRetryRules.Failed(failure, new InvalidOperationException("无法翻译的查询"), Now);

        Assert.Equal(1, failure.Attempts);
        Assert.False(failure.IsParked);
        Assert.Equal(Now, failure.LastAttemptAt);
        Assert.Equal(Now.AddSeconds(10), failure.NextAttemptAt);
        Assert.Equal("InvalidOperationException: 无法翻译的查询", failure.LastError);
    }

    [Fact]
    public void The_waits_grow_from_seconds_to_minutes_and_the_fifth_failure_parks_the_item()
    {
        var failure = new SearchIndexFailure();
        var waits = new List<TimeSpan>();
        var now = Now;
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            IndexRetryRules.Failed(failure, new TimeoutException(), now);
            Assert.False(failure.IsParked);
            waits.Add(failure.NextAttemptAt - now);
            now = failure.NextAttemptAt;
        }

        IndexRetryRules.Failed(failure, new TimeoutException(), now);

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)], waits);
        Assert.True(failure.IsParked);
        Assert.Equal(5, failure.Attempts);
    }

    [Fact]
    public void A_long_error_is_cut_to_its_column()
    {
        var failure = new SearchIndexFailure();

        IndexRetryRules.Failed(failure, new InvalidOperationException(new string('错', 5000)), Now);

        Assert.Equal(IndexRetryRules.ErrorLength, failure.LastError.Length);
        Assert.StartsWith("InvalidOperationException: 错", failure.LastError);
    }

    [Fact]
    public void An_administrator_s_retry_is_due_at_once_and_a_parked_item_that_still_fails_is_parked_again()
    {
        var failure = new SearchIndexFailure();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            IndexRetryRules.Failed(failure, new TimeoutException(), Now);
        }

        var later = Now.AddHours(3);
        IndexRetryRules.RetryNow(failure, later);

        Assert.False(failure.IsParked);
        Assert.Equal(later, failure.NextAttemptAt);
        Assert.Equal(5, failure.Attempts);

        IndexRetryRules.Failed(failure, new TimeoutException(), later);
        Assert.True(failure.IsParked);
        Assert.Equal(6, failure.Attempts);
    }
}
