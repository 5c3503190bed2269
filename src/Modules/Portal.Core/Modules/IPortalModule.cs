using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;

namespace Portal.Core.Modules;

/// <summary>
/// A feature of the portal. The host lists its modules; each one contributes its services,
/// its part of the EF model, its endpoints and its permissions.
/// </summary>
public interface IPortalModule
{
    string Id { get; }

    IEnumerable<string> DependsOn => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureModel(ModelBuilder model) { }

    void MapEndpoints(IEndpointRouteBuilder routes) { }

    IEnumerable<Permission> Permissions => [];

    IEnumerable<RoleGrant> DefaultGrants => [];
}
