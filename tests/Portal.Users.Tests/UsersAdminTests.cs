using System.Net;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Users.Tests;

public sealed class UsersAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<UsersAdminDriver> AdminAsync() => UsersAdminDriver.SignInAsync(factory);

    [Fact]
    public async Task Created_user_can_sign_in_and_the_creation_is_audited()
    {
        var admin = await AdminAsync();

        var response = await admin.CreateUserAsync("wang.wu", "王五", "wangwu2024", BuiltInRoles.Editor, BuiltInRoles.Author);

        Assert.Contains("用户“wang.wu”已创建。", await admin.FollowAsync(response));
        var user = await admin.UserAsync("wang.wu");
        Assert.Equal("王五", user.DisplayName);
        Assert.Equal([BuiltInRoles.Author, BuiltInRoles.Editor], (await admin.RolesOfAsync("wang.wu")).Order());
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync("wang.wu", "wangwu2024")).StatusCode);
        var entry = Assert.Single(await admin.AuditAsync("用户", user.Id));
        Assert.Equal("创建", entry.Action);
        Assert.Equal(DemoAccounts.Admin, entry.UserName);
        Assert.Contains("编辑、作者", entry.Summary);
        Assert.Contains("<td>编辑、作者</td>", await admin.Client.GetStringAsync("/admin/users?search=wang.wu"));
    }

    [Fact]
    public async Task List_searches_by_name_filters_by_role_and_shows_state()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "list-judge", BuiltInRoles.Judge);
        await TestAccounts.CreateAsync(factory, "list-delegate", BuiltInRoles.Delegate);

        var byName = await admin.Client.GetStringAsync("/admin/users?search=LIST-");
        Assert.Contains("list-judge", byName);
        Assert.Contains("list-delegate", byName);
        Assert.DoesNotContain(">editor<", byName);

        var byDisplayName = await admin.Client.GetStringAsync("/admin/users?search=" + Uri.EscapeDataString("编辑甲"));
        Assert.Contains(">editor<", byDisplayName);
        Assert.DoesNotContain(">editor2<", byDisplayName);

        var byRole = await admin.Client.GetStringAsync("/admin/users?search=list-&role=Judge");
        Assert.Contains("list-judge", byRole);
        Assert.Contains("评委", byRole);
        Assert.DoesNotContain("list-delegate", byRole);
        Assert.Contains("正常", byRole);
    }

    [Fact]
    public async Task Editing_changes_display_name_and_roles()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "edit-me", BuiltInRoles.Author);
        var user = await admin.UserAsync("edit-me");

        var page = await admin.FollowAsync(await admin.EditUserAsync(user.Id, "改过的名字", BuiltInRoles.Judge, BuiltInRoles.Delegate));

        Assert.Contains("已保存", page);
        Assert.Equal("改过的名字", (await admin.UserAsync("edit-me")).DisplayName);
        Assert.Equal([BuiltInRoles.Delegate, BuiltInRoles.Judge], (await admin.RolesOfAsync("edit-me")).Order());
        Assert.Equal("修改", Assert.Single(await admin.AuditAsync("用户", user.Id)).Action);
    }

    [Fact]
    public async Task Disabling_stops_sign_in_and_enabling_restores_it()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "to-disable", BuiltInRoles.Author);
        var before = await admin.UserAsync("to-disable");

        var page = await admin.FollowAsync(await admin.UserActionAsync(before.Id, "disable"));

        Assert.Contains("已停用", page);
        var disabled = await admin.UserAsync("to-disable");
        Assert.True(disabled.IsDisabled);
        Assert.True(disabled.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));
        Assert.NotEqual(before.SecurityStamp, disabled.SecurityStamp);
        var refused = await PortalClient.Create(factory).LoginAsync("to-disable", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该账号已停用，请联系管理员。", await refused.Content.ReadAsStringAsync());

        await admin.FollowAsync(await admin.UserActionAsync(before.Id, "enable"));

        Assert.False((await admin.UserAsync("to-disable")).IsDisabled);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync("to-disable", TestAccounts.Password)).StatusCode);
        Assert.Equal(["停用", "启用"], (await admin.AuditAsync("用户", before.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Locked_out_account_is_shown_and_can_be_unlocked()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "to-unlock", BuiltInRoles.Author);
        var visitor = PortalClient.Create(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await visitor.LoginAsync("to-unlock", "wrong-password1");
        }

        var user = await admin.UserAsync("to-unlock");
        Assert.Contains("已锁定至", await admin.Client.GetStringAsync("/admin/users?search=to-unlock"));

        var page = await admin.FollowAsync(await admin.UserActionAsync(user.Id, "unlock"));

        Assert.Contains("已解除锁定", page);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.LoginAsync("to-unlock", TestAccounts.Password)).StatusCode);
        Assert.Equal("解锁", Assert.Single(await admin.AuditAsync("用户", user.Id)).Action);
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "to-reset", BuiltInRoles.Author);
        var user = await admin.UserAsync("to-reset");

        var weak = await admin.ResetPasswordAsync(user.Id, "short");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少需要 8 个字符。", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync("to-reset", TestAccounts.Password)).StatusCode);

        Assert.Contains("密码已重置", await admin.FollowAsync(await admin.ResetPasswordAsync(user.Id, "brandnew2024")));

        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Create(factory).LoginAsync("to-reset", TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync("to-reset", "brandnew2024")).StatusCode);
        Assert.Equal("重置密码", Assert.Single(await admin.AuditAsync("用户", user.Id)).Action);
    }

    [Theory]
    [InlineData("editor", "editor2024x", "Editor", "用户名 “editor” 已被使用。")]
    [InlineData("weak-one", "abc", "Editor", "密码至少需要 8 个字符。")]
    [InlineData("weak-two", "abcdefgh", "Editor", "密码必须包含数字。")]
    [InlineData("bad name", "badname2024", "Editor", "无效")]
    [InlineData("unknown-role", "unknown2024", "NoSuchRole", "角色“NoSuchRole”不存在")]
    [InlineData("", "empty2024x", "Editor", "请填写用户名。")]
    public async Task Bad_new_user_is_refused_in_chinese_and_nothing_is_saved(string userName, string password, string role, string message)
    {
        var admin = await AdminAsync();
        var before = await admin.CountsAsync();

        var response = await admin.CreateUserAsync(userName, "测试", password, role);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await admin.CountsAsync());
    }

    [Fact]
    public async Task Unknown_role_on_edit_is_refused_and_nothing_changes()
    {
        var admin = await AdminAsync();
        await TestAccounts.CreateAsync(factory, "edit-bad-role", BuiltInRoles.Author);
        var user = await admin.UserAsync("edit-bad-role");
        var before = await admin.CountsAsync();

        var response = await admin.EditUserAsync(user.Id, "新名字", BuiltInRoles.Editor, "Superuser");

        Assert.Contains("角色“Superuser”不存在", await response.Content.ReadAsStringAsync());
        Assert.Equal(user.DisplayName, (await admin.UserAsync("edit-bad-role")).DisplayName);
        Assert.Equal([BuiltInRoles.Author], await admin.RolesOfAsync("edit-bad-role"));
        Assert.Equal(before, await admin.CountsAsync());
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("unlock")]
    [InlineData("password")]
    public async Task Tampered_user_id_is_refused_in_chinese(string action)
    {
        var admin = await AdminAsync();
        var before = await admin.CountsAsync();

        var response = await admin.Client.PostFormAsync("/admin/users", $"/admin/users/no-such-user/{action}",
            new() { ["DisplayName"] = "篡改", ["NewPassword"] = "tampered2024" });

        Assert.Contains("找不到该用户，可能已被删除。", await admin.FollowAsync(response));
        Assert.Equal(before, await admin.CountsAsync());
    }

    [Fact]
    public async Task Unknown_user_pages_are_a_chinese_404()
    {
        var admin = await AdminAsync();

        var response = await admin.Client.Http.GetAsync("/admin/users/no-such-user/edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forms_render_with_every_role_and_the_password_policy()
    {
        var admin = await AdminAsync();

        var create = await admin.Client.GetStringAsync("/admin/users/create");

        foreach (var (name, displayName) in BuiltInRoles.DisplayNames)
        {
            Assert.Contains($"value=\"{name}\"", create);
            Assert.Contains(displayName, create);
        }

        Assert.Contains("密码须至少 8 个字符、包含小写字母、包含数字。", create);
    }
}
