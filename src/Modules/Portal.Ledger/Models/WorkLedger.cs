namespace Portal.Ledger.Models;

/// <summary>A work ledger (工作台账) for one campaign or year: areas of work, each with its tasks.</summary>
public sealed class WorkLedger
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The public address: <c>/ledger/{slug}</c>.</summary>
    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Shown on the public dashboard; a ledger being prepared stays internal.</summary>
    public bool IsPublic { get; set; }

    public DateTime CreatedAt { get; set; }
}
