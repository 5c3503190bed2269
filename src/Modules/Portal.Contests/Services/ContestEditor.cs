using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.ViewModels;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Contests.Services;

/// <summary>Creates and changes contests: the notice through the content engine, the settings and tracks beside it, in one transaction.</summary>
public sealed class ContestEditor(PortalDbContext db, ContentManager contents, IAuditLog audit, IOutputCacheStore cache)
{
    private const string AuditType = "征文活动";

    public async Task<(ContentOutcome Outcome, Contest? Contest)> CreateAsync(ContestEditModel form)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await contents.CreateAsync(ContestTypes.Contest, ToDraft(form));
        if (!created.Succeeded)
        {
            return (created, null);
        }

        var contest = new Contest { ContentItemId = created.Item!.Id };
        Apply(form, contest);
        db.Add(contest);
        await db.SaveChangesAsync();
        foreach (var (track, order) in DefaultTracks().Select((t, i) => (t, i)))
        {
            track.ContestId = contest.Id;
            track.SortOrder = order * 10;
            db.Add(track);
        }

        audit.Record("创建", AuditType, contest.Id.ToString(), form.Title.Trim());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (created, contest);
    }

    public async Task<ContentOutcome> UpdateAsync(Contest contest, ContestEditModel form)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var saved = await contents.SaveDraftAsync(contest.ContentItemId, form.ConcurrencyStamp, ToDraft(form));
        if (!saved.Succeeded)
        {
            return saved;
        }

        Apply(form, contest);
        audit.Record("修改", AuditType, contest.Id.ToString(),
            $"《{form.Title.Trim()}》 {contest.OpensAt.ToChinaTime():yyyy-MM-dd HH:mm:ss} 至 {contest.ClosesAt.ToChinaTime():yyyy-MM-dd HH:mm:ss}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await EvictAsync();
        return saved;
    }

    public async Task<string?> SaveTrackAsync(Contest contest, TrackEditModel form)
    {
        var rows = form.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => (Name: c.Name!.Trim(), c.Weight, c.Id)).ToList();
        if (ScoreRules.ValidateRubric(rows.Select(r => (r.Name, r.Weight)).ToList()) is { } rubricError)
        {
            return rubricError;
        }

        if (form.MinLength > form.MaxLength)
        {
            return "最少字数不能大于最多字数。";
        }

        var track = form.Id is { } id ? contest.Tracks.FirstOrDefault(t => t.Id == id) : null;
        if (form.Id is not null && track is null)
        {
            return "赛道不存在。";
        }

        var criterionIds = track?.Criteria.Select(c => c.Id).ToList() ?? [];
        var scored = await db.Set<CriterionScore>().AnyAsync(s => criterionIds.Contains(s.CriterionId));
        var rubricChanged = track is null || !rows.Select(r => (r.Name, r.Weight)).SequenceEqual(track.Criteria.Select(c => (c.Name, c.Weight)));
        if (scored && rubricChanged)
        {
            return "评委已经按现有评分标准打分，不能再修改评分标准。";
        }

        if (track is null)
        {
            track = new ContestTrack { ContestId = contest.Id };
            contest.Tracks.Add(track);
        }

        track.Kind = form.Kind;
        track.Name = form.Name.Trim();
        track.MinLength = form.MinLength;
        track.MaxLength = form.MaxLength;
        track.MaxEntriesPerPerson = form.MaxEntriesPerPerson;
        track.AllowAttachments = form.AllowAttachments;
        track.SortOrder = form.SortOrder;
        if (rubricChanged)
        {
            db.RemoveRange(track.Criteria);
            track.Criteria = rows.Select((r, i) => new RubricCriterion { Name = r.Name, Weight = r.Weight, SortOrder = i * 10 }).ToList();
        }

        await db.SaveChangesAsync();
        audit.Record(form.Id is null ? "新增赛道" : "修改赛道", AuditType, contest.Id.ToString(),
            $"{track.Name}：{string.Join("、", track.Criteria.Select(c => $"{c.Name}{c.Weight}"))}");
        await db.SaveChangesAsync();
        await EvictAsync();
        return null;
    }

    public Task EvictAsync() => cache.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None).AsTask();

    /// <summary>The two tracks of the committee's contests, with the default rubrics.</summary>
    public static IEnumerable<ContestTrack> DefaultTracks() =>
    [
        NewTrack(TrackKind.Essay, "征文", 800, 5000, 1, allowAttachments: true),
        NewTrack(TrackKind.GoldenIdea, "金点子", 50, 800, 3, allowAttachments: false),
    ];

    public static ContestTrack NewTrack(TrackKind kind, string name, int min, int max, int perPerson, bool allowAttachments) => new()
    {
        Kind = kind,
        Name = name,
        MinLength = min,
        MaxLength = max,
        MaxEntriesPerPerson = perPerson,
        AllowAttachments = allowAttachments,
        Criteria = ScoreRules.DefaultRubric(kind).Select((c, i) => new RubricCriterion { Name = c.Name, Weight = c.Weight, SortOrder = i * 10 }).ToList(),
    };

    private static void Apply(ContestEditModel form, Contest contest)
    {
        contest.OpensAt = ChinaTime.FromChinaTime(form.OpensAt!.Value);
        contest.ClosesAt = ChinaTime.FromChinaTime(form.ClosesAt!.Value);
        contest.EligibleRoles = string.Join(",", form.EligibleRoles.Distinct());
        contest.JudgesPerEntry = form.JudgesPerEntry;
        contest.NormaliseScores = form.NormaliseScores;
    }

    private static ContentDraft ToDraft(ContestEditModel form) =>
        new(form.Title, form.Rules ?? "", form.Theme, "{}", form.Slug);
}
