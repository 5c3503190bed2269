namespace Portal.Workflows.Services;

/// <summary>An action of a rule could not be done; the message, in Chinese, goes to the run log.</summary>
public sealed class RuleActionException(string message) : Exception(message);
