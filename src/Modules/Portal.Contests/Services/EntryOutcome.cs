using Portal.Contests.Models;

namespace Portal.Contests.Services;

public enum EntryOutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
}

/// <summary>What became of a save, submit or withdrawal: done (perhaps with a notice), or refused with messages.</summary>
public sealed record EntryOutcome(EntryOutcomeKind Kind, ContestEntry? Entry, IReadOnlyList<string> Messages, bool JustSubmitted = false)
{
    /// <summary>The typed text was stored, even when the outcome is a refusal (e.g. submitting after the deadline keeps the draft).</summary>
    public bool Saved { get; init; }

    public bool Succeeded => Kind == EntryOutcomeKind.Ok;

    public static EntryOutcome Ok(ContestEntry entry, bool justSubmitted = false, params string[] notices) =>
        new(EntryOutcomeKind.Ok, entry, notices, justSubmitted);

    public static EntryOutcome Invalid(ContestEntry? entry, IEnumerable<string> messages) => new(EntryOutcomeKind.Invalid, entry, messages.ToList());

    public static EntryOutcome Invalid(ContestEntry? entry, string message) => new(EntryOutcomeKind.Invalid, entry, [message]);

    public static readonly EntryOutcome NotFound = new(EntryOutcomeKind.NotFound, null, ["作品不存在。"]);

    public static readonly EntryOutcome Forbidden = new(EntryOutcomeKind.Forbidden, null, ["您不能参加此项征文活动。"]);
}
