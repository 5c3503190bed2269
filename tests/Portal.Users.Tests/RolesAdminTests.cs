using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Users.Tests;

public sealed class RolesAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<UsersAdminDriver> AdminAsync() => UsersAdminDriver.SignInAsync(factory);

    [Fact]
    public async Task List_shows_every_role_with_its_chinese_name()
    {
        var page = await (await AdminAsync()).Client.GetStringAsync("/admin/roles");

        foreach (var (name, displayName) in BuiltInRoles.DisplayNames)
        {
            Assert.Contains($"<td>{displayName}</td>", page);
            Assert.Contains($"/admin/roles/{name}/permissions", page);
        }
    }

    [Fact]
    public async Task Permission_page_lists_every_registered_permission_by_category()
    {
        var registry = factory.Services.GetRequiredService<PermissionRegistry>();

        var page = await (await AdminAsync()).Client.GetStringAsync("/admin/roles/Judge/permissions");

        foreach (var permission in registry.All)
        {
            Assert.Contains($"value=\"{permission.Name}\"", page);
            Assert.Contains(permission.DisplayName, page);
            Assert.Contains($"<legend>{permission.Category}</legend>", page);
        }
    }

    [Fact]
    public async Task Granting_a_permission_to_authors_takes_effect_at_once_and_revoking_too()
    {
        var admin = await AdminAsync();
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var original = await admin.PermissionsOfAsync(BuiltInRoles.Author);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync("/admin/columns")).StatusCode);

        var granted = await admin.SetPermissionsAsync(BuiltInRoles.Author, [.. original, "ManageColumns"]);

        Assert.Contains("权限已保存", await admin.FollowAsync(granted));
        Assert.Equal(HttpStatusCode.OK, (await author.Http.GetAsync("/admin/columns")).StatusCode);
        var entry = Assert.Single(await admin.AuditAsync("角色", BuiltInRoles.Author));
        Assert.Equal("修改权限", entry.Action);
        Assert.Contains("管理栏目", entry.Summary);

        await admin.FollowAsync(await admin.SetPermissionsAsync(BuiltInRoles.Author, [.. original]));

        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync("/admin/columns")).StatusCode);
        Assert.Equal(original.Order(), (await admin.PermissionsOfAsync(BuiltInRoles.Author)).Order());
    }

    [Fact]
    public async Task Administrator_shows_all_permissions_and_cannot_be_edited()
    {
        var admin = await AdminAsync();

        var page = await admin.Client.GetStringAsync("/admin/roles/Administrator/permissions");
        Assert.Contains("管理员始终拥有全部权限，不能修改。", page);
        Assert.All(factory.Services.GetRequiredService<PermissionRegistry>().All,
            p => Assert.Contains($"value=\"{p.Name}\" checked=\"checked\" disabled=\"disabled\"", page));

        var response = await admin.SetPermissionsAsync(BuiltInRoles.Administrator, "AccessAdmin");

        Assert.Contains("管理员始终拥有全部权限，不能修改。", await admin.FollowAsync(response));
        Assert.Empty(await admin.PermissionsOfAsync(BuiltInRoles.Administrator));
        Assert.Empty(await admin.AuditAsync("角色", BuiltInRoles.Administrator));
    }

    [Fact]
    public async Task Unknown_permission_is_refused_and_nothing_changes()
    {
        var admin = await AdminAsync();
        var original = await admin.PermissionsOfAsync(BuiltInRoles.Judge);

        var response = await admin.SetPermissionsAsync(BuiltInRoles.Judge, "AccessAdmin", "RootEverything");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("权限“RootEverything”不存在", await response.Content.ReadAsStringAsync());
        Assert.Equal(original.Order(), (await admin.PermissionsOfAsync(BuiltInRoles.Judge)).Order());
        Assert.Empty(await admin.AuditAsync("角色", BuiltInRoles.Judge));
    }

    [Fact]
    public async Task Custom_role_is_created_given_permissions_and_assignable()
    {
        var admin = await AdminAsync();

        var created = await admin.FollowAsync(await admin.CreateRoleAsync("Proofreader", "校对员"));
        Assert.Contains("角色“校对员”已创建", created);
        await admin.FollowAsync(await admin.SetPermissionsAsync("Proofreader", "AccessAdmin", "ViewAuditLog"));
        await admin.FollowAsync(await admin.CreateUserAsync("proof-one", "校对甲", "proofone2024", "Proofreader"));

        Assert.Contains("校对员", await admin.Client.GetStringAsync("/admin/roles"));
        var proofreader = await PortalClient.SignedInAsync(factory, "proof-one", "proofone2024");
        Assert.Equal(HttpStatusCode.OK, (await proofreader.Http.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proofreader.Http.GetAsync("/admin/columns")).StatusCode);
        Assert.Equal(["创建", "修改权限"], (await admin.AuditAsync("角色", "Proofreader")).Select(e => e.Action));
    }

    [Theory]
    [InlineData("Editor", "新编辑", "角色标识“Editor”已被使用。")]
    [InlineData("Copyeditor", "编辑", "中文名称“编辑”已被其他角色使用。")]
    [InlineData("9lives", "九命猫", "角色标识须以英文字母开头")]
    [InlineData("has space", "有空格", "角色标识须以英文字母开头")]
    [InlineData("Blank", "", "请填写角色的中文名称。")]
    public async Task Bad_new_role_is_refused_in_chinese_and_nothing_is_saved(string name, string displayName, string message)
    {
        var admin = await AdminAsync();
        var before = await admin.CountsAsync();

        var response = await admin.CreateRoleAsync(name, displayName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await admin.CountsAsync());
    }

    [Fact]
    public async Task Only_an_unused_custom_role_can_be_deleted()
    {
        var admin = await AdminAsync();
        await admin.FollowAsync(await admin.CreateRoleAsync("Archivist", "档案员"));
        await admin.FollowAsync(await admin.SetPermissionsAsync("Archivist", "AccessAdmin"));
        await TestAccounts.CreateAsync(factory, "archivist-one", "Archivist");
        var holder = await admin.UserAsync("archivist-one");

        Assert.Contains("还有 1 名用户属于角色“档案员”，不能删除。", await admin.FollowAsync(await admin.DeleteRoleAsync("Archivist")));
        Assert.Contains("“编辑”是内置角色，不能删除。", await admin.FollowAsync(await admin.DeleteRoleAsync(BuiltInRoles.Editor)));
        Assert.Contains("找不到该角色", await admin.FollowAsync(await admin.DeleteRoleAsync("NoSuchRole")));
        Assert.Equal(["AccessAdmin"], await admin.PermissionsOfAsync("Archivist"));

        await admin.FollowAsync(await admin.EditUserAsync(holder.Id, holder.DisplayName));
        var deleted = await admin.FollowAsync(await admin.DeleteRoleAsync("Archivist"));

        Assert.Contains("角色“档案员”已删除。", deleted);
        Assert.DoesNotContain("Archivist", deleted);
        Assert.Empty(await admin.PermissionsOfAsync("Archivist"));
        Assert.Equal("删除", (await admin.AuditAsync("角色", "Archivist")).Last().Action);
    }
}
