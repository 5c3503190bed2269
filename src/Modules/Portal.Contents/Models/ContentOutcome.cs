namespace Portal.Contents.Models;

/// <summary>The outcome of a content operation: done, or refused with a message for the editor.</summary>
public sealed record ContentOutcome(ContentOutcomeKind Kind, ContentItem? Item, string? Message = null)
{
    public bool Succeeded => Kind == ContentOutcomeKind.Ok;

    public static ContentOutcome Ok(ContentItem item) => new(ContentOutcomeKind.Ok, item);

    public static ContentOutcome Invalid(string message, ContentItem? item = null) => new(ContentOutcomeKind.Invalid, item, message);

    public static ContentOutcome Conflict(ContentItem item) => new(ContentOutcomeKind.Conflict, item,
        "保存失败：此内容在您编辑期间已被他人修改。您的文字仍保留在下方，请对照最新版本后再保存。");

    public static ContentOutcome NotFound() => new(ContentOutcomeKind.NotFound, null, "内容不存在或已被删除。");
}

public enum ContentOutcomeKind
{
    Ok,
    Invalid,
    Conflict,
    NotFound,
}
