using Portal.Search.Services;

namespace Portal.Search.ViewModels;

/// <summary>The search page: what the reader asked (as typed), the answer, and any correction made to the input.</summary>
public sealed record SearchPage(
    string Query,
    string? Type,
    string? Category,
    string? From,
    string? To,
    bool ByDate,
    SearchResults? Results,
    IReadOnlyList<string> Notices,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Categories)
{
    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(Query) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("type", Type);
        Add("column", Category);
        Add("from", From);
        Add("to", To);
        Add("sort", ByDate ? "date" : null);
        parameters.Add("page=" + page);
        return "/search?" + string.Join("&", parameters);
    }
}
