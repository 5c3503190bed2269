using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

/// <summary>One thing wrong with an import file: a row (0 for the file as a whole), a column and what to fix.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>A spreadsheet row that passed every check, ready to be created.</summary>
public sealed record ImportedDelegate(
    int Row,
    string Name,
    string? Slug,
    DelegateFields Fields,
    string Biography,
    string? Phone,
    string? IdNumber,
    string? HomeAddress);

/// <summary>What the database already holds that an import must not duplicate.</summary>
public sealed record ExistingDelegates(IReadOnlySet<string> IdNumbers, IReadOnlyDictionary<string, string> NamesByDelegation, IReadOnlySet<string> Slugs)
{
    public static string Key(string name, string delegation) => $"{name.Trim()}|{delegation.Trim()}";
}

public sealed record ImportCheck(IReadOnlyList<ImportedDelegate> Delegates, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
