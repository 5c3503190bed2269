namespace Portal.Delegates.ViewModels;

/// <summary>One step of the breadcrumb; the current page has no address.</summary>
public sealed record Crumb(string Text, string? Url = null);
