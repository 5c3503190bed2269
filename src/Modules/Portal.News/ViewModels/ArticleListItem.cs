namespace Portal.News.ViewModels;

public sealed record ArticleListItem(long Id, string Slug, string Title, DateTime? PublishedAt);
