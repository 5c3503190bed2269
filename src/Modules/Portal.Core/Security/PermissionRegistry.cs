using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>Every permission that the host's modules declare, looked up by name.</summary>
public sealed class PermissionRegistry
{
    private readonly Dictionary<string, Permission> _byName;

    public PermissionRegistry(ModuleCatalog catalog)
    {
        _byName = new Dictionary<string, Permission>(StringComparer.Ordinal);
        foreach (var permission in catalog.Modules.SelectMany(m => m.Permissions))
        {
            if (!_byName.TryAdd(permission.Name, permission))
            {
                throw new ModuleConfigurationException($"权限 “{permission.Name}” 被重复声明。");
            }
        }

        DefaultGrants = catalog.Modules.SelectMany(m => m.DefaultGrants).ToList();
    }

    public IEnumerable<Permission> All => _byName.Values;

    public IReadOnlyList<RoleGrant> DefaultGrants { get; }

    public Permission? Find(string name) => _byName.GetValueOrDefault(name);
}
