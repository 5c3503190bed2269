namespace Portal.Study.Models;

/// <summary>A line of the sign-in sheet (集中学习签名): who, when, and who recorded it.</summary>
public sealed class SessionSignIn
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public string UserId { get; set; } = "";

    public DateTime SignedInAt { get; set; }

    /// <summary>True when an organiser signed the member in; false for the member's own QR code sign-in.</summary>
    public bool ByOrganiser { get; set; }

    public string RecordedById { get; set; } = "";

    public string RecordedByName { get; set; } = "";
}
