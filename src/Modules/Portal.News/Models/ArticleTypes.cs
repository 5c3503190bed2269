namespace Portal.News.Models;

/// <summary>The content types the News module defines.</summary>
public static class ArticleTypes
{
    public const string Article = "Article";
    public const string SummaryReport = "SummaryReport";

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [Article] = "文章",
        [SummaryReport] = "总结报告",
    };

    public static bool IsKnown(string contentType) => DisplayNames.ContainsKey(contentType);
}
