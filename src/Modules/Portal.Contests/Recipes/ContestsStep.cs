using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Recipes;

namespace Portal.Contests.Recipes;

/// <summary>
/// Creates the contests the recipe lists: the notice (published), the tracks, and for past contests the entries taken over
/// from paper with their awards. A contest whose route exists is skipped.
/// </summary>
internal sealed class ContestsStep(PortalDbContext db, ContentManager contents) : IRecipeStepHandler
{
    public string StepName => "Contests";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        foreach (var entry in RecipeJson.Read<ContestRecipe[]>(step, "contests"))
        {
            if (await contents.Items.IgnoreQueryFilters().AnyAsync(i => i.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            var opensAt = Utc(entry.OpensAt);
            var created = await contents.CreateAsync(ContestTypes.Contest,
                new ContentDraft(entry.Title, entry.Rules, entry.Theme, "{}", entry.Slug, opensAt));
            var published = created.Succeeded ? await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp) : created;
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"无法创建征文活动 “{entry.Title}”：{published.Message}");
            }

            var contest = new Contest
            {
                ContentItemId = created.Item!.Id,
                OpensAt = opensAt,
                ClosesAt = Utc(entry.ClosesAt),
                EligibleRoles = string.Join(",", entry.EligibleRoles),
                JudgesPerEntry = entry.JudgesPerEntry,
                ResultsPublished = entry.ResultsPublishedAt is not null,
                ResultsPublishedAt = entry.ResultsPublishedAt is { } at ? Utc(at) : null,
                Tracks = entry.Tracks.Select((t, i) =>
                {
                    var track = ContestEditor.NewTrack(Enum.Parse<TrackKind>(t.Kind), t.Name, t.MinLength, t.MaxLength, t.MaxEntriesPerPerson, t.AllowAttachments);
                    track.SortOrder = i * 10;
                    return track;
                }).ToList(),
            };
            db.Add(contest);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var paper in entry.Entries ?? [])
            {
                var track = contest.Tracks.SingleOrDefault(t => t.Name == paper.Track)
                    ?? throw new InvalidOperationException($"作品 “{paper.Title}” 的赛道 “{paper.Track}” 不存在。");
                var submittedAt = Utc(paper.SubmittedAt);
                var stored = new ContestEntry
                {
                    ContestId = contest.Id,
                    TrackId = track.Id,
                    AuthorName = paper.Author,
                    Unit = paper.Unit,
                    Title = paper.Title,
                    Body = paper.Body ?? "",
                    Problem = paper.Problem ?? "",
                    Suggestion = paper.Suggestion ?? "",
                    ExpectedEffect = paper.ExpectedEffect ?? "",
                    AllowPublication = paper.AllowPublication,
                    Status = EntryStatus.Submitted,
                    ClientToken = Guid.NewGuid(),
                    CreatedAt = submittedAt,
                    ModifiedAt = submittedAt,
                    SubmittedAt = submittedAt,
                    Award = paper.Award,
                };
                db.Add(stored);
                await db.SaveChangesAsync(cancellationToken);
                stored.ReceiptNumber = ReceiptNumbers.Format(track.Kind, opensAt.ToChinaTime().Year, stored.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static DateTime Utc(string beijing) =>
        ChinaTime.FromChinaTime(DateTime.ParseExact(beijing, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    private sealed record ContestRecipe(
        string Slug, string Title, string? Theme, string Rules, string OpensAt, string ClosesAt, string[] EligibleRoles, int JudgesPerEntry,
        string? ResultsPublishedAt, TrackRecipe[] Tracks, PaperEntry[]? Entries);

    private sealed record TrackRecipe(string Kind, string Name, int MinLength, int MaxLength, int MaxEntriesPerPerson, bool AllowAttachments);

    private sealed record PaperEntry(
        string Track, string Title, string Author, string Unit, string SubmittedAt, string? Award, bool AllowPublication,
        string? Body, string? Problem, string? Suggestion, string? ExpectedEffect);
}
