namespace Portal.Workflows.Rules;

/// <summary>
/// The thing a rule runs on, with the facts its conditions compare and the words its message uses.
/// <see cref="Description"/> is how people read it: 文章《……》, 第 12 项任务《……》.
/// </summary>
public sealed record RuleSubject(RuleSubjectKind Kind, string Description, string Title, string? Url)
{
    public static readonly RuleSubject Nothing = new(RuleSubjectKind.None, "计划任务", "", null);

    /// <summary>The people the subject belongs to: its author, the entry's author, the task's owner and leader.</summary>
    public IReadOnlyList<string> PeopleIds { get; init; } = [];

    public string? ContentType { get; init; }

    public long? ContentItemId { get; init; }

    public int? ColumnId { get; init; }

    public long? EntryId { get; init; }

    public long? ContestId { get; init; }

    public int? LedgerAreaId { get; init; }

    /// <summary>A deadline or closing time, as Beijing time text.</summary>
    public string? Due { get; init; }
}
