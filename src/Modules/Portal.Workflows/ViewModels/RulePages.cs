using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

public sealed record RuleChoice(string Value, string Text);

/// <summary>What the rule form offers to choose from.</summary>
public sealed record RuleChoices(
    IReadOnlyList<RuleChoice> Roles,
    IReadOnlyList<RuleChoice> ContentTypes,
    IReadOnlyList<RuleChoice> Columns,
    IReadOnlyList<RuleChoice> Contests,
    IReadOnlyList<RuleChoice> Areas);

public sealed record RuleEditPage(RuleForm Form, RuleChoices Choices, bool Conflict);

public sealed record RuleRow(WorkflowRule Rule, string When, IReadOnlyList<string> Conditions, IReadOnlyList<string> Actions, RuleRun? LastRun);

public sealed record RulesPage(IReadOnlyList<RuleRow> Rules);

public sealed record RuleRunsPage(IReadOnlyList<RuleRun> Runs, IReadOnlyList<RuleChoice> Rules, int? RuleId, RuleRunOutcome? Outcome);
