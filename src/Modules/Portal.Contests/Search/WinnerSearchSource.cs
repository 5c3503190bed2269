using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Services;
using Portal.Core.Data;
using Portal.Search;

namespace Portal.Contests.Search;

/// <summary>
/// Awarded entries of contests whose results are published: title, author and award; the text only where the author
/// allowed its publication (the same rule as the winner's page).
/// </summary>
internal sealed class WinnerSearchSource(PortalDbContext db, ContestQueries contests) : ISearchDocumentSource
{
    public const string Kind = "ContestWinner";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken)
    {
        if (!long.TryParse(key, out var id))
        {
            return null;
        }

        var entry = await Winners().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var contest = entry is null ? null : await contests.FindAsync(entry.ContestId);
        var slug = contest is null ? null : await contests.SlugAsync(contest);
        var notice = slug is null ? null : await contests.FindPublishedAsync(slug);
        return entry is null || notice is null ? null : Describe(entry, notice);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var heading in await contests.PublishedAsync())
        {
            var notice = heading.ResultsPublished ? await contests.FindPublishedAsync(heading.Slug) : null;
            if (notice is null)
            {
                continue;
            }

            foreach (var entry in await Winners().Where(e => e.ContestId == notice.Contest.Id).ToListAsync(cancellationToken))
            {
                yield return Describe(entry, notice);
            }
        }
    }

    private IQueryable<ContestEntry> Winners() =>
        db.Set<ContestEntry>().AsNoTracking().Where(e => e.Status == EntryStatus.Submitted && e.Award != null && db.Set<Contest>().Any(c => c.Id == e.ContestId && c.ResultsPublished));

    private static SearchDocument Describe(ContestEntry entry, ContestNotice notice)
    {
        var track = notice.Contest.Tracks.Single(t => t.Id == entry.TrackId);
        var heading = $"{entry.Award} {track.Name} 作者：{entry.AuthorName}";
        var text = entry.AllowPublication
            ? string.Join("\n", new[] { heading, entry.Body, entry.Problem, entry.Suggestion, entry.ExpectedEffect }.Where(part => !string.IsNullOrWhiteSpace(part)))
            : heading;
        var url = entry.AllowPublication ? $"/contests/{notice.Slug}/winners/{entry.Id}" : $"/contests/{notice.Slug}/results";
        return new SearchDocument(Kind, entry.Id.ToString(), "获奖作品", entry.Title, text, url, notice.Contest.ResultsPublishedAt, [ContestSearchSource.TypeName, notice.Title]);
    }
}
