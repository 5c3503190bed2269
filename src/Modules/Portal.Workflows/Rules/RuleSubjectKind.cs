namespace Portal.Workflows.Rules;

/// <summary>What a trigger hands to the rule: the thing its conditions look at and its actions act on.</summary>
public enum RuleSubjectKind
{
    Content,
    Entry,
    Contest,
    Task,

    /// <summary>A scheduled rule runs on nothing in particular.</summary>
    None,
}
