namespace Portal.Contents.Tests;

/// <summary>A clock that stands still until a test moves it forward.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward: the clock is shared by the tests of a collection.");
        }

        Interlocked.Add(ref _utcTicks, by.Ticks);
    }

    /// <summary>Moves on to the next moment whose UTC time of day is <paramref name="timeOfDay"/>.</summary>
    public void AdvanceToNext(TimeSpan timeOfDay)
    {
        var now = UtcNow;
        var next = now.Date + timeOfDay;
        Advance((next > now ? next : next.AddDays(1)) - now);
    }
}
