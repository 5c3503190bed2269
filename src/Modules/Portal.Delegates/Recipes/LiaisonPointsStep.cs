using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Delegates.Models;

namespace Portal.Delegates.Recipes;

/// <summary>Creates the liaison points the recipe lists; a point whose route exists is left as editors keep it.</summary>
internal sealed class LiaisonPointsStep(PortalDbContext db, MarkdownRenderer renderer, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "LiaisonPoints";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        foreach (var entry in RecipeJson.Read<PointEntry[]>(step, "points"))
        {
            if (await db.Set<LiaisonPoint>().AnyAsync(p => p.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            db.Add(new LiaisonPoint
            {
                Slug = entry.Slug,
                Name = entry.Name,
                Type = Enum.Parse<LiaisonPointType>(entry.Type),
                Location = entry.Location,
                DescriptionMarkdown = entry.Description,
                DescriptionHtml = renderer.Render(entry.Description),
                ModifiedAt = clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record PointEntry(string Name, string Slug, string Type, string? Location, string Description);
}
