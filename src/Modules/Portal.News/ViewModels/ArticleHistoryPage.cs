using Portal.Contents.Models;

namespace Portal.News.ViewModels;

public sealed record ArticleHistoryPage(ContentItem Item, IReadOnlyList<ContentVersion> Versions, bool CanEdit);
