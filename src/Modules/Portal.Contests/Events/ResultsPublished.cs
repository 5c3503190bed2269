namespace Portal.Contests.Events;

/// <summary>A contest's results (its awards) have just been published.</summary>
public sealed record ResultsPublished(long ContestId);
