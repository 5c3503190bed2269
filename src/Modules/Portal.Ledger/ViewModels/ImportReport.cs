namespace Portal.Ledger.ViewModels;

/// <summary>A problem found in one row; row 0 is the workbook as a whole.</summary>
public sealed record ImportProblem(string Sheet, int Row, string Message)
{
    public string Where => Row == 0 ? Sheet : $"{Sheet} 第 {Row} 行";
}

/// <summary>What an import did, or, when any row was wrong, why it did nothing.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, int Created, int Updated, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportReport Failed(params ImportProblem[] problems) => new(problems, 0, 0, 0);
}
