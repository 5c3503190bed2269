using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Setup.Models;

namespace Portal.Setup.Services;

/// <summary>Runs a recipe (JSON steps handled by the modules) once, inside one transaction.</summary>
public sealed class RecipeRunner(PortalDbContext db, IEnumerable<IRecipeStepHandler> handlers, TimeProvider clock, ILogger<RecipeRunner> logger)
{
    public async Task<bool> RunOnceAsync(string recipeName, CancellationToken cancellationToken)
    {
        if (await db.Set<RecipeRun>().AnyAsync(r => r.Name == recipeName, cancellationToken))
        {
            return false;
        }

        using var document = JsonDocument.Parse(ReadRecipe(recipeName));
        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.Ordinal);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var step in document.RootElement.GetProperty("steps").EnumerateArray())
        {
            var stepName = step.GetProperty("step").GetString() ?? "";
            if (!byName.TryGetValue(stepName, out var handler))
            {
                throw new InvalidOperationException($"配方 “{recipeName}” 中的步骤 “{stepName}” 没有模块处理，请检查模块是否已注册。");
            }

            logger.LogInformation("Recipe {Recipe}: step {Step}", recipeName, stepName);
            await handler.ExecuteAsync(step, cancellationToken);
        }

        db.Add(new RecipeRun { Name = recipeName, RanAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string ReadRecipe(string recipeName)
    {
        var resource = recipeName + ".recipe.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"找不到配方 “{recipeName}”。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
