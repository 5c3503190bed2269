using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;

namespace Portal.Core.Tests;

public sealed class PermissionHandlerTests
{
    private static readonly Permission PublishContent = new("PublishContent", "发布和取消发布内容", "内容");

    private readonly FakeRolePermissionStore _store = new()
    {
        Grants =
        {
            [BuiltInRoles.Editor] = ["EditContent", "PublishContent"],
            [BuiltInRoles.Author] = ["EditOwnContent"],
        },
    };

    [Fact]
    public async Task Grants_a_permission_that_one_of_the_users_roles_holds()
    {
        Assert.True(await IsGrantedAsync(SignedIn(BuiltInRoles.Author, BuiltInRoles.Editor)));
    }

    [Fact]
    public async Task Refuses_a_permission_that_none_of_the_users_roles_holds()
    {
        Assert.False(await IsGrantedAsync(SignedIn(BuiltInRoles.Author)));
    }

    [Fact]
    public async Task Refuses_a_signed_in_user_without_roles()
    {
        Assert.False(await IsGrantedAsync(SignedIn()));
    }

    [Fact]
    public async Task Grants_every_permission_to_an_administrator_without_asking_the_store()
    {
        Assert.True(await IsGrantedAsync(SignedIn(BuiltInRoles.Administrator)));
        Assert.Empty(_store.Asked);
    }

    [Fact]
    public async Task Refuses_an_anonymous_user_even_with_a_role_claim()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, BuiltInRoles.Administrator)]));

        Assert.False(await IsGrantedAsync(anonymous));
    }

    private async Task<bool> IsGrantedAsync(ClaimsPrincipal user)
    {
        var context = new AuthorizationHandlerContext([new PermissionRequirement(PublishContent)], user, resource: null);
        await new PermissionHandler(_store).HandleAsync(context);
        return context.HasSucceeded;
    }

    private static ClaimsPrincipal SignedIn(params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "editor"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
        authenticationType: "Test"));

    private sealed class FakeRolePermissionStore : IRolePermissionStore
    {
        public Dictionary<string, HashSet<string>> Grants { get; } = [];

        public List<string> Asked { get; } = [];

        public Task<IReadOnlySet<string>> GetPermissionNamesAsync(string role, CancellationToken cancellationToken = default)
        {
            Asked.Add(role);
            return Task.FromResult<IReadOnlySet<string>>(Grants.GetValueOrDefault(role) ?? []);
        }

        public Task SetPermissionNamesAsync(string role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
