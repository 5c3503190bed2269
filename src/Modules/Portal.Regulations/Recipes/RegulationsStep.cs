using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Recipes;
using Portal.Regulations.Models;

namespace Portal.Regulations.Recipes;

/// <summary>
/// Creates and publishes the documents the recipe lists, in order, so that an amendment can name an earlier document
/// by its route; a document whose route exists is skipped.
/// </summary>
internal sealed class RegulationsStep(ContentManager contents) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(RecipeJson.Options) { Converters = { new JsonStringEnumConverter() } };

    public string StepName => "Regulations";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var documents = step.TryGetProperty("documents", out var list) ? list.Deserialize<DocumentEntry[]>(Json) : null;
        foreach (var entry in documents ?? throw new InvalidOperationException("配方步骤缺少 “documents”。"))
        {
            if (await contents.Items.IgnoreQueryFilters().AnyAsync(i => i.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            var changes = new List<RegulationChange>();
            foreach (var change in entry.Changes ?? [])
            {
                var target = await contents.Items.Where(i => i.Slug == change.Target).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"文件 “{entry.Title}” 修订或废止的文件 “{change.Target}” 不存在，请把它写在前面。");
                changes.Add(new RegulationChange(target, change.Kind));
            }

            var fields = new RegulationFields(entry.Kind, entry.Number, entry.IssuingBody, entry.Adopted, entry.Published, entry.Effective,
                entry.Validity ?? Validity.InForce, entry.IsNew ?? false, entry.Order ?? 0, changes, []);
            var created = await contents.CreateAsync(RegulationTypes.Regulation, new ContentDraft(entry.Title, entry.Body, null, fields.ToJson(), entry.Slug));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"无法创建文件 “{entry.Title}”：{created.Message}");
            }

            var published = await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp);
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"无法发布文件 “{entry.Title}”：{published.Message}");
            }
        }
    }

    private sealed record ChangeEntry(string Target, ChangeKind Kind);

    private sealed record DocumentEntry(
        string Slug,
        string Title,
        RegulationKind Kind,
        string Body,
        string? Number,
        string? IssuingBody,
        DateOnly? Adopted,
        DateOnly? Published,
        DateOnly? Effective,
        Validity? Validity,
        bool? IsNew,
        int? Order,
        ChangeEntry[]? Changes);
}
