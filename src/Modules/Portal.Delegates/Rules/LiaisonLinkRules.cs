namespace Portal.Delegates.Rules;

/// <summary>What a link between a delegate and a liaison point must satisfy.</summary>
public static class LiaisonLinkRules
{
    /// <param name="alreadyLinked">The delegate already has an open link to this point.</param>
    public static IReadOnlyList<string> ValidateNew(DateOnly? start, bool pointExists, bool alreadyLinked)
    {
        var errors = new List<string>();
        if (!pointExists)
        {
            errors.Add("所选联系点不存在，请重新选择。");
        }

        if (start is null)
        {
            errors.Add("请填写联系开始日期。");
        }

        if (alreadyLinked)
        {
            errors.Add("该代表已联系这个联系点，无需重复添加。");
        }

        return errors;
    }

    public static string? ValidateEnd(DateOnly start, DateOnly? end) =>
        end is null ? "请填写结束日期。"
        : end < start ? $"结束日期（{end:yyyy-MM-dd}）不能早于开始日期（{start:yyyy-MM-dd}）。"
        : null;
}
