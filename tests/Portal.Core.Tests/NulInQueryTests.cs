using System.Net;
using Portal.Testing;

namespace Portal.Core.Tests;

/// <summary>A NUL character in an address's query is refused with a Chinese 400 before any page reads it (PostgreSQL cannot take it).</summary>
public sealed class NulInQueryTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_query_value_holding_a_nul_is_a_chinese_400_and_never_reaches_the_database(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var reader = PortalClient.Create(factory);

        foreach (var url in new[] { "/delegates?q=a%00b", "/delegates?delegation=%00", "/search?q=%E6%B0%91%E7%94%9F%00", "/news/2012-theme-activity-summary?x%00=1" })
        {
            var response = await reader.Http.GetAsync(url);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("网址中含有无效的空字符", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/delegates?q=%E7%94%B2")).StatusCode);
    }
}
