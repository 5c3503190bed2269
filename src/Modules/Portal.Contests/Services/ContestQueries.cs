using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Core.Data;

namespace Portal.Contests.Services;

/// <summary>Reads contests with their notices: published ones for the public, any for the admin.</summary>
public sealed class ContestQueries(PortalDbContext db)
{
    public Task<Contest?> FindAsync(long id) => WithTracks().FirstOrDefaultAsync(c => c.Id == id);

    public async Task<(Contest Contest, ContestTrack Track)?> FindTrackAsync(int trackId)
    {
        var contestId = await db.Set<ContestTrack>().Where(t => t.Id == trackId).Select(t => (long?)t.ContestId).FirstOrDefaultAsync();
        var contest = contestId is { } id ? await FindAsync(id) : null;
        return contest is null ? null : (contest, contest.Tracks.Single(t => t.Id == trackId));
    }

    /// <summary>A contest whose notice is published (and not in the recycle bin), by the notice's route.</summary>
    public async Task<ContestNotice?> FindPublishedAsync(string slug)
    {
        var row = await (
            from item in db.Set<ContentItem>()
            join version in db.Set<ContentVersion>() on item.Id equals version.ContentItemId
            join settings in db.Set<Contest>() on item.Id equals settings.ContentItemId
            where item.Slug == slug && item.ContentType == ContestTypes.Contest && version.IsPublished
            select new { item.Slug, version.Title, version.Summary, version.BodyHtml, settings.Id }).AsNoTracking().FirstOrDefaultAsync();
        var contest = row is null ? null : await FindAsync(row.Id);
        return contest is null ? null : new ContestNotice(contest, row!.Slug, row.Title, row.Summary, row.BodyHtml);
    }

    /// <summary>Every contest whose notice the public can read, newest first.</summary>
    public async Task<IReadOnlyList<ContestHeading>> PublishedAsync() => await (
        from item in db.Set<ContentItem>()
        join version in db.Set<ContentVersion>() on item.Id equals version.ContentItemId
        join contest in db.Set<Contest>() on item.Id equals contest.ContentItemId
        where item.ContentType == ContestTypes.Contest && version.IsPublished
        orderby contest.ClosesAt descending
        select new ContestHeading(contest.Id, item.Slug, version.Title, version.Summary, contest.OpensAt, contest.ClosesAt, contest.ResultsPublished))
        .AsNoTracking().ToListAsync();

    /// <summary>Every contest (for the admin), with the latest title of its notice.</summary>
    public async Task<IReadOnlyList<ContestHeading>> AllAsync() => await (
        from item in db.Set<ContentItem>()
        join version in db.Set<ContentVersion>() on item.Id equals version.ContentItemId
        join contest in db.Set<Contest>() on item.Id equals contest.ContentItemId
        where version.IsLatest
        orderby contest.ClosesAt descending
        select new ContestHeading(contest.Id, item.Slug, version.Title, version.Summary, contest.OpensAt, contest.ClosesAt, contest.ResultsPublished))
        .AsNoTracking().ToListAsync();

    /// <summary>The latest title of a contest's notice, for page headings.</summary>
    public async Task<string> TitleAsync(Contest contest) =>
        await db.Set<ContentVersion>().Where(v => v.ContentItemId == contest.ContentItemId && v.IsLatest).Select(v => v.Title).FirstOrDefaultAsync() ?? "";

    public async Task<string?> SlugAsync(Contest contest) =>
        await db.Set<ContentItem>().Where(i => i.Id == contest.ContentItemId).Select(i => i.Slug).FirstOrDefaultAsync();

    private IQueryable<Contest> WithTracks() =>
        db.Set<Contest>().Include(c => c.Tracks.OrderBy(t => t.SortOrder).ThenBy(t => t.Id)).ThenInclude(t => t.Criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id));
}

public sealed record ContestNotice(Contest Contest, string Slug, string Title, string? Theme, string RulesHtml);

public sealed record ContestHeading(long Id, string Slug, string Title, string? Theme, DateTime OpensAt, DateTime ClosesAt, bool ResultsPublished);
