using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.News.Models;
using Portal.News.Services;

namespace Portal.News.Recipes;

/// <summary>Creates the columns the recipe lists, matched by route; existing columns are left as the editors keep them.</summary>
internal sealed class ColumnsStep(PortalDbContext db, ColumnTree tree) : IRecipeStepHandler
{
    public string StepName => "Columns";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var entry in RecipeJson.Read<ColumnEntry[]>(step, "columns"))
        {
            order += 10;
            if (await db.Set<Column>().AnyAsync(c => c.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            int? parentId = entry.Parent is null
                ? null
                : await db.Set<Column>().Where(c => c.Slug == entry.Parent).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken)
                  ?? throw new InvalidOperationException($"栏目 “{entry.Name}” 的上级栏目 “{entry.Parent}” 不存在，请把上级栏目写在前面。");

            db.Add(new Column { Name = entry.Name, Slug = entry.Slug, ParentId = parentId, Description = entry.Description, SortOrder = order, InNavigation = entry.InNavigation ?? true });
            await db.SaveChangesAsync(cancellationToken);
        }

        await tree.InvalidateAsync();
    }

    private sealed record ColumnEntry(string Name, string Slug, string? Parent, string? Description, bool? InNavigation);
}
