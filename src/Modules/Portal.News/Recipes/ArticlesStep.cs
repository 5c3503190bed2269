using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.News.Models;
using Portal.News.Services;

namespace Portal.News.Recipes;

/// <summary>Creates and publishes the articles the recipe lists; an article whose route exists is skipped.</summary>
internal sealed class ArticlesStep(ContentManager contents, ColumnTree columns) : IRecipeStepHandler
{
    public string StepName => "Articles";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        foreach (var entry in RecipeJson.Read<ArticleEntry[]>(step, "articles"))
        {
            if (await contents.Items.IgnoreQueryFilters().AnyAsync(i => i.Slug == entry.Slug, cancellationToken))
            {
                continue;
            }

            var column = await columns.FindBySlugAsync(entry.Column)
                ?? throw new InvalidOperationException($"文章 “{entry.Title}” 的栏目 “{entry.Column}” 不存在。");
            var date = ChinaTime.FromChinaTime(DateTime.ParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            var fields = new ArticleFields(column.Id, entry.Source, entry.Featured ?? false);
            var created = await contents.CreateAsync(entry.Type ?? ArticleTypes.Article,
                new ContentDraft(entry.Title, entry.Body, entry.Summary, fields.ToJson(), entry.Slug, date));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"无法创建文章 “{entry.Title}”：{created.Message}");
            }

            var published = await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp);
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"无法发布文章 “{entry.Title}”：{published.Message}");
            }
        }
    }

    private sealed record ArticleEntry(string Title, string Slug, string Column, string Date, string Body, string? Type, string? Source, string? Summary, bool? Featured);
}
