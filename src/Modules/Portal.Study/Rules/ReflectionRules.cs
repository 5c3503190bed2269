namespace Portal.Study.Rules;

public static class ReflectionRules
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 3000;

    public static IReadOnlyList<string> Validate(string? title, string? body, bool hasSubject)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add("请填写标题。");
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            problems.Add($"标题不能超过 {TitleMaxLength} 个字（现有 {title.Trim().Length} 个字）。");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add("请填写正文。");
        }
        else if (body.Trim().Length > BodyMaxLength)
        {
            problems.Add($"正文不能超过 {BodyMaxLength} 个字（现有 {body.Trim().Length} 个字），请删减后再提交。");
        }

        if (!hasSubject)
        {
            problems.Add("请选择所针对的学习活动或学习资料。");
        }

        return problems;
    }
}
