using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Users.Recipes;

/// <summary>Creates the demo accounts with their published passwords; refused outside demo mode.</summary>
internal sealed class DemoUsersStep(UserManager<PortalUser> users, IOptions<PortalOptions> options, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "DemoUsers";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        if (!options.Value.DemoMode)
        {
            throw new InvalidOperationException("演示账号只能在演示模式（Portal:DemoMode = true）下创建。");
        }

        foreach (var account in RecipeJson.Read<DemoAccount[]>(step, "users"))
        {
            await UserAccounts.EnsureAsync(users, account.UserName, account.DisplayName, account.Password, account.Roles, clock.GetUtcNow().UtcDateTime);
        }
    }

    private sealed record DemoAccount(string UserName, string DisplayName, string Password, string[] Roles);
}
