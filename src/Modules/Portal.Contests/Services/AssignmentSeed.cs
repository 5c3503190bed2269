namespace Portal.Contests.Services;

/// <summary>The seed of the automatic assignment's random choices; null in production, fixed in tests.</summary>
public sealed record AssignmentSeed(int? Seed)
{
    public Random CreateRandom() => Seed is { } seed ? new Random(seed) : Random.Shared;
}
