namespace Portal.Workflows.Rules;

public static class ReviewRules
{
    public const int CommentMaxLength = 250;

    /// <summary>A send-back must tell the author what to fix.</summary>
    public static string? ValidateSendBackComment(string? comment) => comment?.Trim() switch
    {
        null or "" => "退回修改时请填写意见，告诉作者需要修改什么。",
        { Length: > CommentMaxLength } => $"退回意见不能超过 {CommentMaxLength} 个字。",
        _ => null,
    };
}
