using Portal.Contests.Models;

namespace Portal.Contests.Rules;

/// <summary>What an entry must satisfy: generous limits for a draft (nothing typed is refused), the track's limits to submit.</summary>
public static class EntryRules
{
    public const int TitleMaxLength = 100;
    public const int UnitMaxLength = 100;

    /// <summary>A draft keeps up to this many characters per text field, far above any track's limit.</summary>
    public const int DraftFieldMaxLength = 100_000;

    public const int MaxAttachments = 3;

    /// <summary>Characters that count towards a length limit: everything but whitespace.</summary>
    public static int CountCharacters(string? text) => text?.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    public static int TextLength(TrackKind kind, EntryText text) => kind == TrackKind.Essay
        ? CountCharacters(text.Body)
        : CountCharacters(text.Problem) + CountCharacters(text.Suggestion) + CountCharacters(text.ExpectedEffect);

    public static IReadOnlyList<string> ValidateDraft(EntryText text)
    {
        var errors = new List<string>();
        if (text.Title.Length > TitleMaxLength)
        {
            errors.Add($"标题不能超过 {TitleMaxLength} 个字（当前 {text.Title.Length} 个）。");
        }

        if (text.Unit.Length > UnitMaxLength)
        {
            errors.Add($"单位名称不能超过 {UnitMaxLength} 个字。");
        }

        if (new[] { text.Body, text.Problem, text.Suggestion, text.ExpectedEffect }.Any(t => t.Length > DraftFieldMaxLength))
        {
            errors.Add($"每一栏不能超过 {DraftFieldMaxLength} 个字符。");
        }

        return errors;
    }

    public static IReadOnlyList<string> ValidateForSubmission(ContestTrack track, EntryText text)
    {
        var errors = ValidateDraft(text).ToList();
        if (string.IsNullOrWhiteSpace(text.Title))
        {
            errors.Add("请填写标题。");
        }

        if (string.IsNullOrWhiteSpace(text.Unit))
        {
            errors.Add("请填写您的单位。");
        }

        if (track.Kind == TrackKind.Essay)
        {
            if (string.IsNullOrWhiteSpace(text.Body))
            {
                errors.Add("请填写正文。");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(text.Problem))
            {
                errors.Add("请填写“存在的问题”。");
            }

            if (string.IsNullOrWhiteSpace(text.Suggestion))
            {
                errors.Add("请填写“建议”。");
            }

            if (string.IsNullOrWhiteSpace(text.ExpectedEffect))
            {
                errors.Add("请填写“预期效果”。");
            }
        }

        var length = TextLength(track.Kind, text);
        if (length > track.MaxLength)
        {
            errors.Add($"正文超过字数上限：最多 {track.MaxLength} 字，当前 {length} 字（不计空格）。");
        }
        else if (length < track.MinLength && errors.Count == 0)
        {
            errors.Add($"正文字数不足：至少 {track.MinLength} 字，当前 {length} 字（不计空格）。");
        }

        return errors;
    }

    /// <summary>The per-person limit of a track; <paramref name="submittedByAuthor"/> excludes the entry being submitted.</summary>
    public static string? CheckEntryLimit(ContestTrack track, int submittedByAuthor) =>
        submittedByAuthor >= track.MaxEntriesPerPerson
            ? $"“{track.Name}”每人最多提交 {track.MaxEntriesPerPerson} 件作品，您已提交 {submittedByAuthor} 件。如需更换，请先撤回已提交的作品。"
            : null;

    public static bool MayEnter(IEnumerable<string> userRoles, Contest contest) =>
        userRoles.Intersect(contest.EligibleRoleList, StringComparer.Ordinal).Any();
}

/// <summary>The text fields of an entry as typed.</summary>
public sealed record EntryText(string Title, string Unit, string Body, string Problem, string Suggestion, string ExpectedEffect);
