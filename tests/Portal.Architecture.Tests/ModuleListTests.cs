using System.Reflection;
using Portal.Core.Modules;
using Portal.Testing;
using Portal.Web;

namespace Portal.Architecture.Tests;

public sealed class ModuleListTests
{
    public static TheoryData<string> ModuleProjects() => [.. ModuleProjectNames()];

    /// <summary>Every project under src/Modules and src/Themes except the platform itself.</summary>
    private static List<string> ModuleProjectNames()
    {
        return new[] { "Modules", "Themes" }
            .SelectMany(folder => Directory.GetFiles(Repository.Path("src", folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => name != PortalAssemblies.Platform.GetName().Name)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Theory, MemberData(nameof(ModuleProjects))]
    public void A_module_project_has_one_public_module_class_named_after_it(string project)
    {
        var modules = ModuleTypes(Assembly.Load(project));

        var module = Assert.Single(modules);
        Assert.True(module.IsPublic, $"{module.FullName} is not public.");
        Assert.EndsWith("Module", module.Name);
    }

    [Theory, MemberData(nameof(ModuleProjects))]
    public void A_module_project_is_switched_on_in_the_host(string project)
    {
        var listed = PortalModules.All().Select(m => m.GetType()).ToHashSet();

        Assert.All(ModuleTypes(Assembly.Load(project)), type => Assert.True(listed.Contains(type),
            $"{type.FullName} is not listed in PortalModules.All()."));
    }

    [Fact]
    public void The_host_lists_a_module_project_for_every_module()
    {
        var projects = ModuleProjectNames().ToHashSet();

        Assert.All(PortalModules.All(), module => Assert.Contains(module.GetType().Assembly.GetName().Name!, projects));
    }

    private static List<Type> ModuleTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(IPortalModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
}
