using Portal.Core.Hosting;

namespace Portal.Ledger.Rules;

/// <summary>Deadlines are Beijing calendar days, whatever the server's zone.</summary>
public static class BeijingDay
{
    public static DateOnly Of(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime.ToChinaTime());

    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());
}
