using Microsoft.AspNetCore.Mvc;
using Portal.Search.Rules;
using Portal.Search.Services;
using Portal.Search.ViewModels;

namespace Portal.Search.Controllers;

/// <summary>
/// The public search page. Not output-cached: the index follows the database a moment after a change, so a cached
/// answer could outlive an unpublished item. Every parameter arrives as text and is checked here, so no input is an error.
/// </summary>
public sealed class SearchController(SiteSearch search) : Controller
{
    [HttpGet("search")]
    [HttpHead("search")]
    public IActionResult Index(string? q, string? type, string? column, string? from, string? to, string? sort, string? page)
    {
        var notices = new List<string>();
        var (query, queryNotice) = SearchInput.Query(q);
        var (fromDate, fromNotice) = SearchInput.Date(from, "起始日期");
        var (toDate, toNotice) = SearchInput.Date(to, "截止日期");
        notices.AddRange(new[] { queryNotice, fromNotice, toNotice }.OfType<string>());
        if (fromDate > toDate)
        {
            (fromDate, toDate) = (toDate, fromDate);
            notices.Add("起始日期晚于截止日期，已对调。");
        }

        var byDate = sort == "date";
        var (types, categories) = search.Facets();
        SearchResults? results = null;
        if (query.Length == 0)
        {
            notices.Add("请输入要搜索的词语，例如“工作评议”或“民生”。");
        }
        else
        {
            var requestedPage = SearchInput.Page(page);
            results = search.Search(new SearchRequest(query, Clean(type), Clean(column), fromDate, toDate, byDate, requestedPage));
            if (!results.HasTerms)
            {
                notices.Add("搜索词中没有可以查找的词语（符号和标点不参与搜索），请换一个词试试。");
            }
            else if (results.Total > 0 && results.Page < requestedPage)
            {
                notices.Add($"没有第 {requestedPage} 页，已显示最后一页（第 {results.Page} 页）。");
            }
        }

        ViewData["Title"] = query.Length == 0 ? "站内搜索" : $"搜索：{query}";
        return View(new SearchPage(query, Clean(type), Clean(column), fromDate?.ToString("yyyy-MM-dd"), toDate?.ToString("yyyy-MM-dd"),
            byDate, results, notices, types, categories));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
