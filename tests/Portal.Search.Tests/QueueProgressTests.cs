using Portal.Search.Rules;

namespace Portal.Search.Tests;

public sealed class QueueProgressTests
{
    private static readonly DateTime Old = new(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Recent = Old.AddHours(1);
    private static readonly DateTime SettledBefore = Old.AddMinutes(30);

    [Fact]
    public void The_mark_moves_over_applied_settled_entries_in_order()
    {
        var progress = new QueueProgress(0);
        progress.Applied(1);
        progress.Applied(2);

        Assert.True(progress.Settle([(1, Old), (2, Old)], SettledBefore));
        Assert.Equal(2, progress.Mark);
    }

    [Fact]
    public void The_mark_stops_before_an_entry_that_is_too_young_to_be_sure_of()
    {
        var progress = new QueueProgress(0);
        progress.Applied(1);
        progress.Applied(2);

        progress.Settle([(1, Old), (2, Recent)], SettledBefore);

        Assert.Equal(1, progress.Mark);
        Assert.Equal(2, progress.Cursor);
    }

    [Fact]
    public void An_entry_that_commits_late_below_the_cursor_is_found_missing_and_holds_the_mark()
    {
        var progress = new QueueProgress(10);
        progress.Applied(12);

        // Entry 11 was taken before 12 but committed after the node read 12.
        Assert.Equal([11L], progress.Missing([11, 12]));
        progress.Settle([(11, Old), (12, Old)], SettledBefore);
        Assert.Equal(10, progress.Mark);

        progress.Applied(11);
        progress.Settle([(11, Old), (12, Old)], SettledBefore);
        Assert.Equal(12, progress.Mark);
        Assert.Empty(progress.Missing([11, 12]));
    }

    [Fact]
    public void A_rebuild_counts_what_it_saw_as_applied_and_reads_on_after_it()
    {
        var progress = new QueueProgress(5);

        progress.Rebuilt([6, 8], upTo: 8);

        Assert.Equal(8, progress.Cursor);
        Assert.Equal([7L], progress.Missing([6, 7, 8]));
    }
}
