using Microsoft.AspNetCore.Builder;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Web;

namespace Portal.Core.Tests;

public sealed class HostStartupTests
{
    [Fact]
    public void The_host_refuses_to_start_when_a_module_it_lists_lacks_a_dependency()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        var withoutUsers = PortalModules.All().Where(m => m.Id != "Users").ToArray();

        var error = Assert.Throws<ModuleConfigurationException>(() => builder.AddPortal(withoutUsers));

        Assert.Contains("“Users”", error.Message);
        Assert.Contains("未注册，门户无法启动", error.Message);
        Assert.Contains("depends on 'Users', which the host does not list", error.Message);
    }
}
