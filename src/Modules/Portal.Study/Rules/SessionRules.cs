namespace Portal.Study.Rules;

/// <summary>What a study session must have.</summary>
public static class SessionRules
{
    public const int TitleMaxLength = 100;
    public const int TopicMaxLength = 50;
    public const int PlaceMaxLength = 100;
    public const int SpeakerMaxLength = 50;
    public const int DescriptionMaxLength = 2000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    public static IReadOnlyList<string> Validate(string? title, string? topic, DateTime? startsAt, DateTime? endsAt)
    {
        var problems = new List<string>();
        Require(problems, title, "名称", TitleMaxLength);
        Require(problems, topic, "学习专题", TopicMaxLength);
        if (startsAt is null || endsAt is null)
        {
            problems.Add("请填写开始时间和结束时间。");
        }
        else if (endsAt <= startsAt)
        {
            problems.Add("结束时间必须晚于开始时间。");
        }
        else if (endsAt - startsAt > MaxDuration)
        {
            problems.Add("一次学习活动不能超过 7 天。");
        }

        return problems;
    }

    private static void Require(List<string> problems, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"请填写{label}。");
        }
        else if (value.Trim().Length > max)
        {
            problems.Add($"{label}不能超过 {max} 个字。");
        }
    }
}
