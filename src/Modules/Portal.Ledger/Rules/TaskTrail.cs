using Portal.Ledger.Models;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Rules;

/// <summary>The trailed fields of a task as words, before and after a save; what differs goes into the trail.</summary>
public static class TaskTrail
{
    public static IReadOnlyDictionary<TaskField, string> Snapshot(LedgerTask task, IReadOnlyDictionary<string, Person> people) =>
        new Dictionary<TaskField, string>
        {
            [TaskField.Status] = task.Status.ToChinese(),
            [TaskField.Progress] = TrailText.Percent(ProgressRules.Effective(task.Progress, task.SubTasks.Select(s => s.Progress).ToList())),
            [TaskField.Owner] = TrailText.Text(people.GetValueOrDefault(task.OwnerId)?.DisplayName),
            [TaskField.Leader] = TrailText.Text(task.LeaderId is { } leader ? people.GetValueOrDefault(leader)?.DisplayName : null),
            [TaskField.OwnerUnits] = TrailText.Text(task.OwnerUnits),
            [TaskField.StartDate] = TrailText.Date(task.StartDate),
            [TaskField.Deadline] = TrailText.Date(task.Deadline),
            [TaskField.CompletedOn] = TrailText.Date(task.CompletedOn),
        };

    public static IReadOnlyList<(TaskField Field, string Old, string New)> Differences(
        IReadOnlyDictionary<TaskField, string> before, IReadOnlyDictionary<TaskField, string> after) =>
        before.Where(b => after[b.Key] != b.Value).OrderBy(b => b.Key).Select(b => (b.Key, b.Value, after[b.Key])).ToList();
}
