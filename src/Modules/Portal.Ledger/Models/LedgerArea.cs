namespace Portal.Ledger.Models;

/// <summary>An area of work (方面) of a ledger, e.g. 制度建设.</summary>
public sealed class LedgerArea
{
    public int Id { get; set; }

    public int LedgerId { get; set; }

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }
}
