using Microsoft.EntityFrameworkCore;
using Portal.Contests.Events;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Search;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Events;

namespace Portal.Contests.Services;

/// <summary>Totals and ranking per track, the administrator's awards, and publishing the results.</summary>
public sealed class ResultsService(PortalDbContext db, ContestEditor editor, WinnerSearchFeed search, PortalEvents events, IAuditLog audit, TimeProvider clock)
{
    private const string AuditType = "评审结果";

    public async Task<IReadOnlyList<TrackResults>> ComputeAsync(Contest contest)
    {
        var entries = await db.Set<ContestEntry>().AsNoTracking()
            .Where(e => e.ContestId == contest.Id && e.Status == EntryStatus.Submitted).ToListAsync();
        var entryIds = entries.Select(e => e.Id).ToList();
        var assignments = await db.Set<JudgeAssignment>().AsNoTracking().Include(a => a.Scores)
            .Where(a => entryIds.Contains(a.EntryId)).ToListAsync();

        var results = new List<TrackResults>();
        foreach (var track in contest.Tracks)
        {
            var trackEntries = entries.Where(e => e.TrackId == track.Id).ToList();
            var ids = trackEntries.Select(e => e.Id).ToHashSet();
            var trackAssignments = assignments.Where(a => ids.Contains(a.EntryId)).ToList();
            var judgeTotals = trackAssignments.Where(a => a.IsSubmitted)
                .Select(a => new JudgeTotal(a.EntryId, a.JudgeId, ScoreRules.Total(track.Criteria, JudgingService.ScoreMap(a))))
                .ToList();
            var ranked = RankingRules.Rank(AggregationRules.EntryTotals(judgeTotals, contest.NormaliseScores)).ToDictionary(r => r.EntryId);
            var rows = trackEntries.Select(e => new EntryResult(
                    e,
                    trackAssignments.Count(a => a.EntryId == e.Id),
                    trackAssignments.Count(a => a.EntryId == e.Id && a.IsSubmitted),
                    ranked.GetValueOrDefault(e.Id)))
                .OrderBy(r => r.Ranking?.Rank ?? int.MaxValue).ThenBy(r => AwardRules.Order(track.Kind, r.Entry.Award)).ThenBy(r => r.Entry.Id)
                .ToList();
            results.Add(new TrackResults(track, rows));
        }

        return results;
    }

    public async Task<string?> SetAwardsAsync(Contest contest, IReadOnlyDictionary<long, string?> awards)
    {
        if (contest.ResultsPublished)
        {
            return "评审结果已发布。请先撤回结果，再修改奖项。";
        }

        var ids = awards.Keys.ToList();
        var entries = await db.Set<ContestEntry>().Where(e => ids.Contains(e.Id) && e.ContestId == contest.Id && e.Status == EntryStatus.Submitted).ToListAsync();
        var changes = new List<string>();
        foreach (var entry in entries)
        {
            var award = string.IsNullOrWhiteSpace(awards[entry.Id]) ? null : awards[entry.Id]!.Trim();
            var track = contest.Tracks.Single(t => t.Id == entry.TrackId);
            if (!AwardRules.IsValid(track.Kind, award))
            {
                return $"“{award}”不是“{track.Name}”的奖项。";
            }

            if (entry.Award != award)
            {
                changes.Add($"{entry.ReceiptNumber}：{entry.Award ?? "无"} → {award ?? "无"}");
                entry.Award = award;
            }
        }

        if (changes.Count > 0)
        {
            audit.Record("评定奖项", AuditType, contest.Id.ToString(), string.Join("；", changes));
            await db.SaveChangesAsync();
        }

        return null;
    }

    public async Task<string?> PublishAsync(Contest contest, string title)
    {
        if (!ContestPhaseRules.IsClosed(contest, clock.GetUtcNow().UtcDateTime))
        {
            return "征集尚未截止，不能发布评审结果。";
        }

        if (!await db.Set<ContestEntry>().AnyAsync(e => e.ContestId == contest.Id && e.Award != null && e.Status == EntryStatus.Submitted))
        {
            return "还没有评定任何奖项，请先评定奖项再发布结果。";
        }

        contest.ResultsPublished = true;
        contest.ResultsPublishedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("发布结果", AuditType, contest.Id.ToString(), $"《{title}》");
        await db.SaveChangesAsync();
        await search.QueueAsync(contest.Id);
        await editor.EvictAsync();
        await events.PublishAsync(new ResultsPublished(contest.Id));
        return null;
    }

    public async Task UnpublishAsync(Contest contest, string title)
    {
        contest.ResultsPublished = false;
        contest.ResultsPublishedAt = null;
        audit.Record("撤回结果", AuditType, contest.Id.ToString(), $"《{title}》");
        await db.SaveChangesAsync();
        await search.QueueAsync(contest.Id);
        await editor.EvictAsync();
    }

    /// <summary>The awarded entries, by track and award, for the public results page.</summary>
    public async Task<IReadOnlyList<(ContestTrack Track, IReadOnlyList<ContestEntry> Winners)>> WinnersAsync(Contest contest)
    {
        var awarded = await db.Set<ContestEntry>().AsNoTracking()
            .Where(e => e.ContestId == contest.Id && e.Status == EntryStatus.Submitted && e.Award != null).ToListAsync();
        return contest.Tracks.Select(t => (t, (IReadOnlyList<ContestEntry>)awarded.Where(e => e.TrackId == t.Id)
                .OrderBy(e => AwardRules.Order(t.Kind, e.Award)).ThenBy(e => e.ReceiptNumber).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
    }
}

public sealed record TrackResults(ContestTrack Track, IReadOnlyList<EntryResult> Rows);

public sealed record EntryResult(ContestEntry Entry, int Judges, int Submitted, RankedEntry? Ranking);
