using System.Text.Json;

namespace Portal.News.Models;

/// <summary>The article's own fields, versioned with its text in <c>ContentVersion.Fields</c>.</summary>
public sealed record ArticleFields(int ColumnId, string? Source, bool Featured)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArticleFields FromJson(string json) =>
        JsonSerializer.Deserialize<ArticleFields>(json, Json) ?? new ArticleFields(0, null, false);
}
