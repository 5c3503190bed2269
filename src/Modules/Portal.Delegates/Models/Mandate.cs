namespace Portal.Delegates.Models;

/// <summary>One term as a delegate: at a level, in a congress, for a delegation or constituency, from a start to an end.</summary>
public sealed record Mandate(DelegateLevel Level, string Congress, string Delegation, DateOnly Start, DateOnly? End);
