using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Portal.Architecture.Tests;

public sealed class DependencyTests
{
    public static TheoryData<string> ModuleAssemblies() => [.. PortalAssemblies.Modules.Select(a => a.GetName().Name!)];

    [Theory, MemberData(nameof(ModuleAssemblies))]
    public void A_module_does_not_depend_on_the_web_host(string module)
    {
        var result = Types.InAssembly(Load(module)).ShouldNot().HaveDependencyOn(PortalAssemblies.WebHost.GetName().Name).GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_platform_depends_on_no_module()
    {
        var modules = PortalAssemblies.Modules.Select(a => a.GetName().Name!).ToArray();

        var result = Types.InAssembly(PortalAssemblies.Platform).ShouldNot().HaveDependencyOnAny(modules).GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Theory, MemberData(nameof(ModuleAssemblies))]
    public void A_module_uses_no_other_modules_internal_types(string module)
    {
        var assembly = Load(module);
        var internals = InternalTypeNames(PortalAssemblies.Modules.Where(a => a != assembly), except: assembly);

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(internals).GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void News_uses_no_internal_type_of_users_or_admin()
    {
        var internals = InternalTypeNames([Load("Portal.Users"), Load("Portal.Admin")], except: Load("Portal.News"));

        Assert.NotEmpty(internals);
        var result = Types.InAssembly(Load("Portal.News")).ShouldNot().HaveDependencyOnAny(internals).GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Theory, MemberData(nameof(ModuleAssemblies))]
    public void A_module_shows_its_internals_only_to_its_own_tests(string module)
    {
        var friends = Load(module).GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.All(friends, friend => Assert.Equal(module + ".Tests", friend));
    }

    [Theory, MemberData(nameof(ModuleAssemblies))]
    public void A_module_uses_only_modules_it_declares_as_dependencies(string module)
    {
        var assembly = Load(module);
        var allowed = DependencyClosure(PortalAssemblies.ModuleOf(assembly).Id)
            .Select(id => PortalAssemblies.Catalog.Modules.Single(m => m.Id == id).GetType().Assembly.GetName().Name)
            .ToHashSet();
        var moduleNames = PortalAssemblies.Modules.Select(a => a.GetName().Name).ToHashSet();

        var used = assembly.GetReferencedAssemblies().Select(r => r.Name).Where(moduleNames.Contains);

        Assert.All(used, name => Assert.True(allowed.Contains(name), $"{module} uses {name} but its module does not depend on it."));
    }

    private static IEnumerable<string> DependencyClosure(string id)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(PortalAssemblies.Catalog.Modules.Single(m => m.Id == id).DependsOn);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var dependency in PortalAssemblies.Catalog.Modules.Single(m => m.Id == next).DependsOn)
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The names of the hand-written non-public types of <paramref name="assemblies"/>. Compiler- and Razor-generated types
    /// are left out: every assembly has its own of the same name, and NetArchTest matches by name.
    /// </summary>
    private static string[] InternalTypeNames(IEnumerable<Assembly> assemblies, Assembly except)
    {
        var own = except.GetTypes().Select(t => t.FullName).ToHashSet();
        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsVisible && !t.FullName!.Contains('<') && t.Namespace != "AspNetCoreGeneratedDocument" && !own.Contains(t.FullName))
            .Select(t => t.FullName!.Replace('+', '/'))
            .ToArray();
    }

    private static Assembly Load(string name) => PortalAssemblies.ModulesAndPlatform.Single(a => a.GetName().Name == name);

    private static string Failing(TestResult result) => "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
