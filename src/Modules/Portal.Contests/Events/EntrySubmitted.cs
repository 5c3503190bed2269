namespace Portal.Contests.Events;

/// <summary>An author has just submitted an entry (not a repeated submit, not an edit of a submitted one).</summary>
public sealed record EntrySubmitted(long EntryId);
