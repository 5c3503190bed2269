namespace Portal.Study.Rules;

/// <summary>When a session's sign-in is open (UTC): from a while before it starts until it ends.</summary>
public sealed record SignInWindow(DateTime OpensAt, DateTime ClosesAt)
{
    public static readonly TimeSpan OpensBeforeStart = TimeSpan.FromMinutes(30);

    public static SignInWindow For(DateTime startsAt, DateTime endsAt) => new(startsAt - OpensBeforeStart, endsAt);

    public SignInTiming At(DateTime now) =>
        now < OpensAt ? SignInTiming.TooEarly : now > ClosesAt ? SignInTiming.Closed : SignInTiming.Open;
}

public enum SignInTiming
{
    TooEarly,
    Open,
    Closed,
}
