using Portal.Core.Modules;

namespace Portal.Core.Tests;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Modules_come_after_the_modules_they_depend_on()
    {
        var catalog = new ModuleCatalog([new FakeModule("News", "Contents"), new FakeModule("Contents", "Users"), new FakeModule("Users")]);

        Assert.Equal(["Users", "Contents", "News"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Independent_modules_keep_the_order_the_host_lists_them_in()
    {
        var catalog = new ModuleCatalog([new FakeModule("Themes.Committee"), new FakeModule("Users"), new FakeModule("Setup")]);

        Assert.Equal(["Themes.Committee", "Users", "Setup"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_shared_dependency_is_listed_once()
    {
        var catalog = new ModuleCatalog([new FakeModule("Admin", "Users"), new FakeModule("Contents", "Users"), new FakeModule("Users")]);

        Assert.Equal(["Users", "Admin", "Contents"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_missing_dependency_stops_start_up_naming_the_missing_module_in_chinese_and_english()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() =>
            new ModuleCatalog([new FakeModule("Users"), new FakeModule("News", "Contents")]));

        Assert.Contains("模块 “News” 依赖的模块 “Contents” 未注册", error.Message);
        Assert.Contains("Module 'News' depends on 'Contents'", error.Message);
    }

    [Fact]
    public void A_module_listed_twice_stops_start_up_in_chinese_and_english()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() =>
            new ModuleCatalog([new FakeModule("Users"), new FakeModule("Admin", "Users"), new FakeModule("Users")]));

        Assert.Contains("模块 “Users” 被重复注册", error.Message);
        Assert.Contains("Module 'Users' is registered more than once", error.Message);
    }

    [Fact]
    public void A_dependency_cycle_stops_start_up_showing_the_cycle_in_chinese_and_english()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() =>
            new ModuleCatalog([new FakeModule("A", "B"), new FakeModule("B", "C"), new FakeModule("C", "A")]));

        Assert.Contains("模块依赖出现循环：A → B → C → A", error.Message);
        Assert.Contains("Module dependencies form a cycle: A → B → C → A", error.Message);
    }

    [Fact]
    public void A_module_that_depends_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() => new ModuleCatalog([new FakeModule("A", "A")]));

        Assert.Contains("A → A", error.Message);
    }
}
