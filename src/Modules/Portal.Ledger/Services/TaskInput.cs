using Portal.Ledger.Models;

namespace Portal.Ledger.Services;

/// <summary>Every field of a task as a ledger manager sets it (form, spreadsheet row).</summary>
public sealed record TaskInput(
    int AreaId,
    int Number,
    string Title,
    string? Description,
    string? LeaderId,
    string OwnerUnits,
    string OwnerId,
    DateOnly StartDate,
    DateOnly Deadline,
    LedgerStatus Status,
    int Progress,
    DateOnly? CompletedOn);

/// <summary>What an owner reports: the state of the task and, optionally, a note.</summary>
public sealed record OwnerReport(LedgerStatus Status, int Progress, DateOnly? CompletedOn, string? Note, bool IsPublic);

/// <summary>An uploaded file on its way to the file store.</summary>
public sealed record IncomingFile(string FileName, Stream Content);
