namespace Portal.Workflows.Models;

public enum RuleRunOutcome
{
    Running,
    Succeeded,
    Failed,
}
