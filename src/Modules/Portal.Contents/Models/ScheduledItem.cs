namespace Portal.Contents.Models;

/// <summary>A scheduled item whose time has come, under the title of its latest version.</summary>
public sealed record ScheduledItem(long Id, string Title);
