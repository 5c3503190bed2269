using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Portal.Core.Security;

/// <summary>Turns the policy names written by <see cref="RequirePermissionAttribute"/> into permission requirements.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionRegistry registry)
    : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        var permission = registry.Find(policyName[Prefix.Length..])
            ?? throw new InvalidOperationException($"Unknown permission '{policyName[Prefix.Length..]}'.");

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
    }
}
