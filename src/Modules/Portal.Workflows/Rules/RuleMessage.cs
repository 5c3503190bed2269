using System.Text.RegularExpressions;
using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>The notification text of a rule: the administrator's text, or the trigger's, with its placeholders filled.</summary>
public static partial class RuleMessage
{
    public const int MaxLength = 500;

    public static readonly IReadOnlyList<string> Placeholders = ["{对象}", "{标题}", "{截止时间}", "{规则}"];

    public static string Compose(WorkflowRule rule, RuleSubject subject)
    {
        var template = string.IsNullOrWhiteSpace(rule.Message) ? RuleTriggers.DefaultMessage(rule.Trigger) : rule.Message;
        return template
            .Replace("{对象}", subject.Description)
            .Replace("{标题}", subject.Title)
            .Replace("{截止时间}", subject.Due ?? "")
            .Replace("{规则}", rule.Name);
    }

    public static string Title(WorkflowRule rule, RuleSubject subject) =>
        subject.Kind == RuleSubjectKind.None ? rule.Name : $"{rule.Name}：{subject.Title}";

    /// <summary>The placeholders a text uses that the portal does not know.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string? template) =>
        template is null ? [] : Placeholder().Matches(template).Select(m => m.Value).Where(p => !Placeholders.Contains(p)).Distinct();

    [GeneratedRegex(@"\{[^{}\s]{1,10}\}")]
    private static partial Regex Placeholder();
}
