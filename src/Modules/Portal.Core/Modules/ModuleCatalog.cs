using System.Reflection;

namespace Portal.Core.Modules;

/// <summary>The host's modules, checked and ordered so that every module comes after its dependencies.</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IPortalModule> modules)
    {
        Modules = Order(modules.ToList());
    }

    public IReadOnlyList<IPortalModule> Modules { get; }

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();

    private static IReadOnlyList<IPortalModule> Order(List<IPortalModule> modules)
    {
        var byId = new Dictionary<string, IPortalModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new ModuleConfigurationException(
                    $"模块 “{module.Id}” 被重复注册，门户无法启动。 Module '{module.Id}' is registered more than once.");
            }
        }

        foreach (var module in modules)
        {
            var missing = module.DependsOn.Where(d => !byId.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new ModuleConfigurationException(
                    $"模块 “{module.Id}” 依赖的模块 “{string.Join("”, “", missing)}” 未注册，门户无法启动。" +
                    $" Module '{module.Id}' depends on '{string.Join("', '", missing)}', which the host does not list.");
            }
        }

        var ordered = new List<IPortalModule>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            Visit(module, byId, state, ordered, []);
        }

        return ordered;
    }

    private static void Visit(
        IPortalModule module,
        Dictionary<string, IPortalModule> byId,
        Dictionary<string, bool> done,
        List<IPortalModule> ordered,
        List<string> path)
    {
        if (done.TryGetValue(module.Id, out var finished))
        {
            if (!finished)
            {
                var cycle = string.Join(" → ", path.Append(module.Id));
                throw new ModuleConfigurationException($"模块依赖出现循环：{cycle}，门户无法启动。 Module dependencies form a cycle: {cycle}.");
            }

            return;
        }

        done[module.Id] = false;
        foreach (var dependency in module.DependsOn)
        {
            Visit(byId[dependency], byId, done, ordered, [.. path, module.Id]);
        }

        done[module.Id] = true;
        ordered.Add(module);
    }
}
