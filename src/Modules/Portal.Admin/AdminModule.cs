using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;

namespace Portal.Admin;

public sealed class AdminModule : IPortalModule
{
    public string Id => "Admin";

    public IEnumerable<string> DependsOn => ["Users"];

    public IEnumerable<Permission> Permissions => AdminPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, AdminPermissions.AccessAdmin, AdminPermissions.ViewAuditLog),
        new(BuiltInRoles.Author, AdminPermissions.AccessAdmin),
        new(BuiltInRoles.Judge, AdminPermissions.AccessAdmin),
        new(BuiltInRoles.Delegate, AdminPermissions.AccessAdmin),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
