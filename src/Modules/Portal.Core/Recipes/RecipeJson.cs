using System.Text.Json;

namespace Portal.Core.Recipes;

public static class RecipeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(JsonElement step, string property)
    {
        if (!step.TryGetProperty(property, out var value))
        {
            throw new InvalidOperationException($"配方步骤缺少 “{property}”。");
        }

        return value.Deserialize<T>(Options) ?? throw new InvalidOperationException($"配方步骤的 “{property}” 为空。");
    }
}
