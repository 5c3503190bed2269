namespace Portal.Delegates.Models;

/// <summary>
/// A delegate's private details. Kept apart from the versioned content that public pages read, and shown
/// only to those who manage delegates and to the delegate themself.
/// </summary>
public sealed class DelegatePrivateInfo
{
    public long ContentItemId { get; set; }

    public string? Phone { get; set; }

    public string? IdNumber { get; set; }

    public string? HomeAddress { get; set; }

    public DateTime ModifiedAt { get; set; }
}
