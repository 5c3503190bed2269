using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Core.Tests;

/// <summary>A module that only declares an id, its dependencies and its permissions.</summary>
internal sealed class FakeModule(string id, params string[] dependsOn) : IPortalModule
{
    public string Id => id;

    public IEnumerable<string> DependsOn => dependsOn;

    public IEnumerable<Permission> Permissions { get; init; } = [];
}
