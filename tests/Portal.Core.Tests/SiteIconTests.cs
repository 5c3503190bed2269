using Portal.Testing;

namespace Portal.Core.Tests;

public sealed class SiteIconTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string IconLink = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />";

    [Fact]
    public async Task The_public_and_the_admin_layout_link_the_site_icon_which_is_served()
    {
        var reader = PortalClient.Create(factory);
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);

        Assert.Contains(IconLink, await reader.GetStringAsync("/"));
        Assert.Contains(IconLink, await admin.GetStringAsync("/admin"));
        var icon = await reader.Http.GetAsync("/favicon.svg");
        icon.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
