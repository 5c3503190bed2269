namespace Portal.Workflows.Models;

/// <summary>
/// One run of a rule on one occasion (an item published, a task due on a day, a scheduled time). The occasion is
/// unique per rule, and the row is written before the actions run: a second node or a second event finds it and
/// does nothing, so nobody is told twice.
/// </summary>
public sealed class RuleRun
{
    public long Id { get; set; }

    public int RuleId { get; set; }

    public string RuleName { get; set; } = "";

    public RuleTrigger Trigger { get; set; }

    public string Occasion { get; set; } = "";

    /// <summary>What the rule ran on, as people read it: 文章《……》, 第 12 项任务《……》.</summary>
    public string Subject { get; set; } = "";

    public RuleRunOutcome Outcome { get; set; }

    public int Attempts { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>What the actions did.</summary>
    public string? Detail { get; set; }

    public string? Error { get; set; }
}
