using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.ViewModels;

/// <summary>A task as the lists show it, with its status and urgency on the day.</summary>
public sealed record TaskRow(
    int Id,
    int Number,
    int AreaId,
    string Title,
    string OwnerId,
    string OwnerName,
    string? LeaderName,
    string OwnerUnits,
    DateOnly StartDate,
    DateOnly Deadline,
    LedgerStatus Status,
    LedgerStatus Effective,
    Urgency Urgency,
    string UrgencyText,
    int Progress,
    int SubTaskCount,
    DateOnly? CompletedOn);
