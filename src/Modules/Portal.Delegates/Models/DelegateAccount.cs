namespace Portal.Delegates.Models;

/// <summary>Links a user account to the delegate profile it may keep: one account, one profile.</summary>
public sealed class DelegateAccount
{
    public string UserId { get; set; } = "";

    public long ContentItemId { get; set; }

    public DateTime LinkedAt { get; set; }
}
