using Portal.Ledger.Rules;

namespace Portal.Workflows.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Portal:Jobs";

    /// <summary>How often due scheduled items are published; well under a minute, so none is late by more than that.</summary>
    public TimeSpan PublishingInterval { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan MailOutboxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the timed rules are checked; a scheduled rule runs at most this late.</summary>
    public TimeSpan RulesInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Beijing time; by default the ledger's sending time every day.</summary>
    public string LedgerRemindersCron { get; set; } = $"0 {ReminderSchedule.SendAt.Minute} {ReminderSchedule.SendAt.Hour} * * ?";

    /// <summary>How often a node of a cluster reports that it is alive; another node takes over its jobs when it stops.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);
}
