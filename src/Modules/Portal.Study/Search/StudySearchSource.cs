using System.Runtime.CompilerServices;
using Portal.Core.Hosting;
using Portal.Search;
using Portal.Study.Services;
using Portal.Study.ViewModels;

namespace Portal.Study.Search;

/// <summary>
/// The public study summary in the site search, one document per year: what its plan shows (dates, titles, forms and
/// topics), never who signed in or asked for leave.
/// </summary>
internal sealed class StudySearchSource(StudyQueries queries) : ISearchDocumentSource
{
    public const string Kind = "StudyYear";

    public const string Category = "学习活动";

    /// <summary>A year's plan names what articles and regulations are about; those pages rank first.</summary>
    private const float RecordWeight = 0.5f;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken) =>
        int.TryParse(key, out var year) ? Describe(year, await queries.SessionsAsync(year)) : null;

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var year in await queries.YearsAsync())
        {
            if (Describe(year, await queries.SessionsAsync(year)) is { } document)
            {
                yield return document;
            }
        }
    }

    private static SearchDocument? Describe(int year, IReadOnlyList<SessionRow> sessions) =>
        sessions.Count == 0
            ? null
            : new SearchDocument(Kind, year.ToString(), "学习活动", $"{year}年学习活动",
                string.Join("\n", sessions.Select(s => $"{s.Starts:M月d日} {s.Title}（{s.FormName}，专题：{s.Topic}）")),
                $"/study/{year}", ChinaTime.FromChinaTime(sessions.Max(s => s.Starts)), [Category], Weight: RecordWeight);
}
