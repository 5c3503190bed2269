using System.Net;
using Portal.Testing;

namespace Portal.Users.Tests;

public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var response = await PortalClient.Create(factory).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/create")]
    [InlineData("/admin/roles")]
    [InlineData("/admin/roles/Editor/permissions")]
    public async Task An_editor_is_forbidden(string url)
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var response = await editor.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("没有权限", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_editor_cannot_post_to_the_user_admin()
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var response = await editor.PostFormAsync("/admin", "/admin/users/create",
            new() { ["UserName"] = "sneaky", ["DisplayName"] = "越权", ["Password"] = "sneaky2024", ["Roles[0]"] = "Administrator" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await new UsersAdminDriver(factory, editor).FindUserAsync("sneaky"));
    }

    [Fact]
    public async Task Admin_menu_offers_users_and_roles_to_the_administrator_only()
    {
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var adminMenu = await admin.GetStringAsync("/admin");
        var editorMenu = await editor.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/users\"", adminMenu);
        Assert.Contains("href=\"/admin/roles\"", adminMenu);
        Assert.DoesNotContain("href=\"/admin/users\"", editorMenu);
        Assert.DoesNotContain("href=\"/admin/roles\"", editorMenu);
    }
}
