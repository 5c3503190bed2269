using System.Net;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Core.Tests;

/// <summary>Any page number a reader types gives a page or a 404, never an offset the database refuses.</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 20, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(0, 20, 0)]
    [InlineData(int.MinValue, 20, 0)]
    [InlineData(int.MaxValue, 20, int.MaxValue)]
    [InlineData(107374183, 20, 2147483640)]
    public void The_offset_of_a_page_never_overflows(int page, int pageSize, int offset) =>
        Assert.Equal(offset, Paging.Offset(page, pageSize));

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_page_number_too_big_for_an_offset_is_a_404_on_the_public_lists(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var reader = PortalClient.Create(factory);

        foreach (var url in new[] { "/columns/gongzuo-dongtai?page=2147483647", "/delegates?page=2147483647", "/columns/gongzuo-dongtai?page=107374183" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/columns/gongzuo-dongtai?page=-5")).StatusCode);
    }
}
