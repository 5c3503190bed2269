using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Delegates.Models;
using Portal.Delegates.Services;

namespace Portal.Delegates.Recipes;

/// <summary>
/// Creates and publishes the delegate profiles the recipe lists, with their liaison links, linked account and
/// approved voter contacts; a profile whose route exists is skipped with everything that belongs to it.
/// </summary>
internal sealed class DelegatesStep(
    PortalDbContext db,
    ContentManager contents,
    DelegateProfileEditor editor,
    DelegateAccounts accounts,
    TimeProvider clock) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(RecipeJson.Options) { Converters = { new JsonStringEnumConverter() } };

    public string StepName => "Delegates";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var entries = step.GetProperty("delegates").Deserialize<DelegateEntry[]>(Json) ?? [];
        foreach (var entry in entries)
        {
            if (await contents.Items.IgnoreQueryFilters().AnyAsync(i => i.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            var fields = new DelegateFields(entry.Occupation, entry.Unit, entry.CommitteeRole ?? CommitteeRole.None, entry.SpecialCommittee,
                entry.ContactStation, entry.ReceptionDays, PhotoId: null, entry.Mandates);
            var created = await editor.CreateAsync(new ProfileDraft(entry.Name, entry.Slug, entry.Biography, fields,
                new PrivateDetails(null, null, entry.HomeAddress)));
            var published = created.Succeeded ? await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp) : created;
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"无法创建代表资料 “{entry.Name}”：{published.Message}");
            }

            var id = published.Item!.Id;
            if (entry.Account is not null && await accounts.LinkAsync(id, entry.Account) is { } refusal)
            {
                throw new InvalidOperationException($"无法为代表 “{entry.Name}” 关联账号：{refusal}");
            }

            foreach (var link in entry.Links ?? [])
            {
                db.Add(new LiaisonLink { ContentItemId = id, LiaisonPointId = await PointIdAsync(link.Point, cancellationToken), Start = link.Start });
            }

            foreach (var contact in entry.Contacts ?? [])
            {
                db.Add(new VoterContact
                {
                    ContentItemId = id,
                    Date = contact.Date,
                    Place = contact.Place,
                    Form = contact.Form,
                    PeopleCount = contact.People,
                    Topic = contact.Topic,
                    Issues = contact.Issues,
                    FollowUp = contact.FollowUp,
                    FollowUpStatus = contact.FollowUpStatus,
                    LiaisonPointId = contact.Point is null ? null : await PointIdAsync(contact.Point, cancellationToken),
                    Review = ReviewStatus.Approved,
                    CreatedBy = entry.Name,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                    ReviewedBy = "系统",
                    ReviewedAt = clock.GetUtcNow().UtcDateTime,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<int> PointIdAsync(string slug, CancellationToken cancellationToken) =>
        await db.Set<LiaisonPoint>().Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new InvalidOperationException($"联系点 “{slug}” 不存在，请把 LiaisonPoints 步骤放在 Delegates 之前。");

    private sealed record DelegateEntry(
        string Name,
        string Slug,
        string Biography,
        string? Occupation,
        string? Unit,
        CommitteeRole? CommitteeRole,
        string? SpecialCommittee,
        string? ContactStation,
        string? ReceptionDays,
        Mandate[] Mandates,
        string? HomeAddress,
        string? Account,
        LinkEntry[]? Links,
        ContactEntry[]? Contacts);

    private sealed record LinkEntry(string Point, DateOnly Start);

    private sealed record ContactEntry(
        DateOnly Date, string Place, ContactForm Form, int People, string Topic, string Issues, string? FollowUp, FollowUpStatus FollowUpStatus, string? Point);
}
