using System.Net;
using Portal.Testing;

namespace Portal.Core.Tests;

/// <summary>The error pages are what the pipeline shows for a failed request, not addresses a reader can open.</summary>
public sealed class ErrorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/200")]
    [InlineData("/error/0")]
    [InlineData("/error/-1")]
    [InlineData("/error/404")]
    public async Task An_error_page_asked_for_directly_is_a_chinese_404(string url)
    {
        var response = await PortalClient.Create(factory).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_page_still_shows_the_chinese_404_page()
    {
        var response = await PortalClient.Create(factory).Http.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }
}
