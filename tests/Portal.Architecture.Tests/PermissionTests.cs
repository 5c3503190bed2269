using System.Reflection;
using Portal.Core.Security;

namespace Portal.Architecture.Tests;

public sealed class PermissionTests
{
    [Fact]
    public void Every_required_permission_is_declared_by_a_listed_module()
    {
        var registry = PortalAssemblies.Permissions;
        var demands = PortalAssemblies.TypesOf(PortalAssemblies.ModulesAndPlatform)
            .SelectMany(type => new MemberInfo[] { type }.Concat(type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)))
            .SelectMany(member => member.GetCustomAttributes<RequirePermissionAttribute>(inherit: false).Select(a => (Member: member, a.PermissionName)))
            .ToList();

        Assert.NotEmpty(demands);
        Assert.All(demands, demand => Assert.True(registry.Find(demand.PermissionName) is not null,
            $"{Describe(demand.Member)} demands '{demand.PermissionName}', which no listed module declares."));
    }

    [Fact]
    public void Every_permission_field_is_named_like_its_permission()
    {
        var fields = PermissionFields();

        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.Equal(field.Name, ((Permission)field.GetValue(null)!).Name));
    }

    [Fact]
    public void Every_registered_permission_is_declared_as_a_static_field()
    {
        var declared = PermissionFields().Select(f => f.GetValue(null)).ToHashSet(ReferenceEqualityComparer.Instance);

        Assert.All(PortalAssemblies.Permissions.All, permission => Assert.True(declared.Contains(permission),
            $"The permission '{permission.Name}' is not a public static readonly field of its module."));
    }

    [Fact]
    public void Every_permission_field_is_registered_by_its_module()
    {
        foreach (var field in PermissionFields().Where(f => f.DeclaringType!.Assembly != PortalAssemblies.Platform))
        {
            var module = PortalAssemblies.ModuleOf(field.DeclaringType!.Assembly);
            Assert.True(module.Permissions.Contains(field.GetValue(null)),
                $"{field.DeclaringType.Name}.{field.Name} is declared but module '{module.Id}' does not list it in Permissions.");
        }
    }

    private static List<FieldInfo> PermissionFields() =>
        PortalAssemblies.TypesOf(PortalAssemblies.ModulesAndPlatform)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(Permission) && f.IsInitOnly)
            .ToList();

    private static string Describe(MemberInfo member) =>
        member is Type type ? type.FullName! : $"{member.DeclaringType!.FullName}.{member.Name}";
}
