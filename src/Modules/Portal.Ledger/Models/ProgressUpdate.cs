namespace Portal.Ledger.Models;

/// <summary>A dated progress note by an owner; only public ones, and their attachments, reach the public pages.</summary>
public sealed class ProgressUpdate
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public DateTime At { get; set; }

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Text { get; set; } = "";

    public bool IsPublic { get; set; }

    public List<UpdateAttachment> Attachments { get; set; } = [];
}
