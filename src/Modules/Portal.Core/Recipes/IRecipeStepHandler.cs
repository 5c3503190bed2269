using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>Executes one kind of recipe step. Steps must be idempotent: running a recipe twice never duplicates anything.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The value of the step's <c>step</c> property, e.g. <c>Columns</c>.</summary>
    string StepName { get; }

    Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken);
}
