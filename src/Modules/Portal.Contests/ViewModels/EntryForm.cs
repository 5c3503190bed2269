using Portal.Contests.Rules;

namespace Portal.Contests.ViewModels;

/// <summary>The entry form as posted (by the page or by the autosave script); on any refusal it is shown again as typed.</summary>
public sealed class EntryForm
{
    public long? Id { get; set; }

    public Guid ClientToken { get; set; }

    public int TrackId { get; set; }

    public string? Title { get; set; }

    public string? Unit { get; set; }

    public string? Body { get; set; }

    public string? Problem { get; set; }

    public string? Suggestion { get; set; }

    public string? ExpectedEffect { get; set; }

    public bool AllowPublication { get; set; }

    /// <summary>save or submit.</summary>
    public string Command { get; set; } = "save";

    public EntryText ToText() => new(
        (Title ?? "").Trim(), (Unit ?? "").Trim(), Body ?? "", Problem ?? "", Suggestion ?? "", ExpectedEffect ?? "");
}
