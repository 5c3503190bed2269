using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Core.Tests;

public sealed class PermissionRegistryTests
{
    private static readonly Permission ManageColumns = new("ManageColumns", "管理栏目", "新闻");

    [Fact]
    public void Finds_a_permission_that_a_module_declares_by_its_name()
    {
        var registry = new PermissionRegistry(new ModuleCatalog([new FakeModule("News") { Permissions = [ManageColumns] }]));

        Assert.Same(ManageColumns, registry.Find("ManageColumns"));
    }

    [Fact]
    public void Knows_no_permission_that_no_module_declares()
    {
        var registry = new PermissionRegistry(new ModuleCatalog([new FakeModule("News") { Permissions = [ManageColumns] }]));

        Assert.Null(registry.Find("ManageEverything"));
    }

    [Fact]
    public void Two_modules_declaring_the_same_permission_name_stop_start_up()
    {
        var catalog = new ModuleCatalog(
        [
            new FakeModule("News") { Permissions = [ManageColumns] },
            new FakeModule("Pages") { Permissions = [new Permission("ManageColumns", "管理页面栏目", "页面")] },
        ]);

        var error = Assert.Throws<ModuleConfigurationException>(() => new PermissionRegistry(catalog));

        Assert.Contains("权限 “ManageColumns” 被重复声明", error.Message);
    }
}
