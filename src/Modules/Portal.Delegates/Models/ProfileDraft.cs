namespace Portal.Delegates.Models;

/// <summary>A profile as a save carries it: the public, versioned part and the private part.</summary>
public sealed record ProfileDraft(string Name, string? Slug, string Biography, DelegateFields Fields, PrivateDetails Private);
