using Portal.Contents.Models;
using Portal.News.Models;

namespace Portal.News.ViewModels;

public sealed record ArticleEditPage(
    ArticleEditModel Form,
    ContentItem? Item,
    IReadOnlyList<(Column Column, int Depth)> Columns,
    bool CanPublish,
    bool CanDelete,
    ContentVersion? ConflictingVersion = null);
