using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Users.Recipes;

/// <summary>
/// Creates the first administrator. Its password comes from configuration (<c>Portal:Admin:Password</c>,
/// or the environment variable <c>Portal__Admin__Password</c>); only in demo mode may the recipe supply it.
/// </summary>
internal sealed class AdminAccountStep(UserManager<PortalUser> users, IConfiguration configuration, IOptions<PortalOptions> options, TimeProvider clock)
    : IRecipeStepHandler
{
    public string StepName => "AdminAccount";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var userName = configuration["Portal:Admin:UserName"] is { Length: > 0 } configuredName ? configuredName : "admin";
        var password = configuration["Portal:Admin:Password"];
        if (string.IsNullOrEmpty(password) && options.Value.DemoMode && step.TryGetProperty("demoPassword", out var demoPassword))
        {
            password = demoPassword.GetString();
        }

        if (string.IsNullOrEmpty(password))
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                return;
            }

            throw new InvalidOperationException(
                "首次安装需要管理员密码：请在配置 Portal:Admin:Password 或环境变量 Portal__Admin__Password 中设置。" +
                " The first administrator's password must come from Portal:Admin:Password (or Portal__Admin__Password).");
        }

        await UserAccounts.EnsureAsync(users, userName, "系统管理员", password, [BuiltInRoles.Administrator], clock.GetUtcNow().UtcDateTime);
    }
}
