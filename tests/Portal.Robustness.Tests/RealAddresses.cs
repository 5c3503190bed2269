using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portal.Robustness.Tests;

/// <summary>
/// Real route values for each endpoint, found by following the demo site's own links from the home page, the sitemap and
/// every page without parameters: a hostile value in one slot then reaches the action with real values in the others.
/// </summary>
public static partial class RealAddresses
{
    private const int MaxPages = 300;

    public static async Task<Dictionary<PublicEndpoint, RouteValueDictionary>> FindAsync(IReadOnlyList<PublicEndpoint> endpoints, params HttpClient[] readers)
    {
        var found = new Dictionary<PublicEndpoint, RouteValueDictionary>();
        var start = endpoints.Where(e => e.RouteParameters.Count == 0).Select(e => e.Url(new Dictionary<string, string>(), [])).Append("/sitemap.xml");
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var wanted = endpoints.Count(e => e.RouteParameters.Count > 0);
        var opened = 0;
        while (queue.Count > 0 && opened++ < MaxPages && found.Count < wanted)
        {
            foreach (var link in await LinksAsync(queue.Dequeue(), readers))
            {
                var path = PathString.FromUriComponent(link);
                var matches = endpoints.Where(e => e.RouteParameters.Count > 0)
                    .Select(e => (Endpoint: e, Values: e.Match(path))).Where(m => m.Values is not null).ToList();
                foreach (var (endpoint, values) in matches)
                {
                    found.TryAdd(endpoint, values!);
                }

                if (matches.Count > 0 && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return found;
    }

    /// <summary>The site's own paths linked from a page, as the first reader able to open it sees them.</summary>
    private static async Task<IEnumerable<string>> LinksAsync(string url, HttpClient[] readers)
    {
        foreach (var reader in readers)
        {
            using var response = await reader.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var page = await response.Content.ReadAsStringAsync();
                return Link().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))
                    .Select(link => link.StartsWith("http://localhost/", StringComparison.Ordinal) ? link["http://localhost".Length..] : link)
                    .Where(link => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
                    .Select(link => link.Split('?', '#')[0])
                    .Distinct();
            }
        }

        return [];
    }

    [GeneratedRegex("""(?:href|src)="(?<url>[^"]+)"|<loc>(?<url>[^<]+)</loc>""")]
    private static partial Regex Link();
}
