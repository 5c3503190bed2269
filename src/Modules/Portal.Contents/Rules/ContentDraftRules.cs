using Portal.Contents.Models;

namespace Portal.Contents.Rules;

/// <summary>What a draft must satisfy before it is saved. Messages are shown to editors as they are.</summary>
public static class ContentDraftRules
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int BodyMaxLength = 200_000;

    public static IReadOnlyList<string> Validate(ContentDraft draft)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add("请填写标题。");
        }
        else if (draft.Title.Trim().Length > TitleMaxLength)
        {
            errors.Add($"标题不能超过 {TitleMaxLength} 个字（当前 {draft.Title.Trim().Length} 个）。");
        }

        if (draft.Summary?.Length > SummaryMaxLength)
        {
            errors.Add($"摘要不能超过 {SummaryMaxLength} 个字。");
        }

        if (draft.BodyMarkdown.Length > BodyMaxLength)
        {
            errors.Add($"正文不能超过 {BodyMaxLength} 个字符。");
        }

        if (!string.IsNullOrWhiteSpace(draft.Slug) && SlugRules.Validate(draft.Slug.Trim()) is { } slugError)
        {
            errors.Add(slugError);
        }

        return errors;
    }
}
