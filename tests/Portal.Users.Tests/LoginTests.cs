using System.Net;
using Portal.Testing;

namespace Portal.Users.Tests;

public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Right_password_signs_in_and_goes_to_the_admin()
    {
        var response = await PortalClient.Create(factory).LoginAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_chinese()
    {
        var response = await PortalClient.Create(factory).LoginAsync(DemoAccounts.Judge, "wrong-password1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await TestAccounts.CreateAsync(factory, "login-lockout");
        var client = PortalClient.Create(factory);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Contains("用户名或密码不正确。", await (await client.LoginAsync("login-lockout", "wrong-password1")).Content.ReadAsStringAsync());
        }

        Assert.Contains("账号已被锁定", await (await client.LoginAsync("login-lockout", "wrong-password1")).Content.ReadAsStringAsync());

        var sixth = await client.LoginAsync("login-lockout", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("登录失败次数过多，账号已被锁定，请 15 分钟后再试。", await sixth.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await PortalClient.SignedInAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);

        var logout = await client.PostFormAsync("/admin", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var admin = await client.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/account/login", admin.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Too_many_login_posts_get_429_with_a_chinese_message()
    {
        await using var limited = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Portal:RateLimits:LoginPermitsPerMinute"] = "3" });
        var client = PortalClient.Create(limited);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(DemoAccounts.Judge, "wrong-password1")).StatusCode);
        }

        var refused = await client.LoginAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("操作过于频繁，请稍后再试。", await refused.Content.ReadAsStringAsync());
    }
}
