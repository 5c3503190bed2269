using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Portal.Workflows.Rules;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>What changed, line by line, between the published text of an item and the text under review.</summary>
public static class VersionDiff
{
    public static string TextOf(string title, string? summary, string bodyMarkdown) =>
        $"标题：{title}\n摘要：{summary}\n\n{bodyMarkdown.Replace("\r\n", "\n")}";

    public static IReadOnlyList<DiffLine> Compare(string? published, string underReview) =>
        InlineDiffBuilder.Diff(published ?? "", underReview, ignoreWhiteSpace: false).Lines
            .Where(line => line.Type != ChangeType.Imaginary)
            .Select(line => new DiffLine(line.Type switch
            {
                ChangeType.Inserted => DiffKind.Added,
                ChangeType.Deleted => DiffKind.Removed,
                _ => DiffKind.Same,
            }, line.Text))
            .ToList();

    public static bool HasChanges(IEnumerable<DiffLine> lines) => lines.Any(line => line.Kind != DiffKind.Same);
}
