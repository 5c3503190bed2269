using System.Reflection;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Web;

namespace Portal.Architecture.Tests;

/// <summary>The host's modules, as <see cref="PortalModules.All"/> lists them, and their assemblies.</summary>
internal static class PortalAssemblies
{
    public static readonly ModuleCatalog Catalog = new(PortalModules.All());

    public static readonly Assembly Platform = typeof(IPortalModule).Assembly;

    public static readonly Assembly WebHost = typeof(PortalModules).Assembly;

    /// <summary>Every assembly that contributes a module, in dependency order.</summary>
    public static IReadOnlyList<Assembly> Modules => Catalog.Assemblies.ToList();

    /// <summary>The modules and the platform they run on: everything that may declare or demand a permission.</summary>
    public static IReadOnlyList<Assembly> ModulesAndPlatform => [Platform, .. Modules];

    public static PermissionRegistry Permissions => new(Catalog);

    public static IEnumerable<Type> TypesOf(IEnumerable<Assembly> assemblies) => assemblies.SelectMany(a => a.GetTypes());

    public static IPortalModule ModuleOf(Assembly assembly) => Catalog.Modules.Single(m => m.GetType().Assembly == assembly);
}
