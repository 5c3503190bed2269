using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Users.Models;
using Portal.Users.Rules;
using Portal.Users.Services;

namespace Portal.Users.Controllers;

[Route("admin/users")]
[RequirePermission(nameof(UsersPermissions.ManageUsers))]
public sealed class UsersAdminController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    PortalDbContext db,
    UserDirectory directory,
    RoleCatalog roles,
    IAuditLog audit,
    TimeProvider clock) : Controller
{
    private const string EntityType = "用户";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? role, int page = 1)
    {
        ViewData["Title"] = "用户管理";
        return View(await directory.SearchAsync(new UserFilter(search?.Trim(), role, page), await roles.AllAsync()));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await CreateView(new UserCreateModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserCreateModel form)
    {
        var allRoles = await roles.AllAsync();
        ValidateRoles(form.Roles, allRoles);
        if (!ModelState.IsValid)
        {
            return await CreateView(form);
        }

        var user = new PortalUser { UserName = form.UserName.Trim(), DisplayName = form.DisplayName.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var wanted = form.Roles.Distinct().ToList();
        var result = await AuditedAsync(user, "创建", $"{user.UserName}（{user.DisplayName}），角色：{RoleNames(wanted, allRoles)}",
            () => users.CreateAsync(user, form.Password),
            () => users.AddToRolesAsync(user, wanted));
        if (!result.Succeeded)
        {
            AddErrors(result);
            return await CreateView(form);
        }

        TempData["Message"] = $"用户“{user.UserName}”已创建。";
        return Redirect("/admin/users");
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null
            ? NotFound()
            : await EditView(user, new UserEditModel { DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)] });
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditModel form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserMissing();
        }

        var allRoles = await roles.AllAsync();
        ValidateRoles(form.Roles, allRoles);
        var current = await users.GetRolesAsync(user);
        var wanted = form.Roles.Distinct().ToList();
        var isEnabledAdministrator = !user.IsDisabled && current.Contains(BuiltInRoles.Administrator);
        var staysEnabledAdministrator = !user.IsDisabled && wanted.Contains(BuiltInRoles.Administrator);
        if (LastAdministratorRule.Forbids(isEnabledAdministrator, staysEnabledAdministrator, await EnabledAdministratorsAsync()))
        {
            ModelState.AddModelError("", LastAdministratorRule.Message);
        }

        if (!ModelState.IsValid)
        {
            return await EditView(user, form);
        }

        user.DisplayName = form.DisplayName.Trim();
        var result = await AuditedAsync(user, "修改", $"{user.UserName}（{user.DisplayName}），角色：{RoleNames(wanted, allRoles)}",
            () => users.UpdateAsync(user),
            () => users.RemoveFromRolesAsync(user, current.Except(wanted)),
            () => users.AddToRolesAsync(user, wanted.Except(current)));
        if (!result.Succeeded)
        {
            AddErrors(result);
            return await EditView(user, form);
        }

        TempData["Message"] = $"用户“{user.UserName}”已保存。";
        return Redirect("/admin/users");
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserMissing();
        }

        if (user.Id == users.GetUserId(User))
        {
            return BackToUser(user, "Error", "不能停用自己的账号。");
        }

        var isEnabledAdministrator = !user.IsDisabled && await users.IsInRoleAsync(user, BuiltInRoles.Administrator);
        if (LastAdministratorRule.Forbids(isEnabledAdministrator, staysEnabledAdministrator: false, await EnabledAdministratorsAsync()))
        {
            return BackToUser(user, "Error", LastAdministratorRule.Message);
        }

        user.IsDisabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        // A new security stamp makes the cookie check sign the user out of every open session.
        var result = await AuditedAsync(user, "停用", user.UserName ?? "", () => users.UpdateSecurityStampAsync(user));
        return Outcome(user, result, $"用户“{user.UserName}”已停用，其已登录的会话将在一分钟内失效。");
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserMissing();
        }

        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await AuditedAsync(user, "启用", user.UserName ?? "", () => users.UpdateAsync(user));
        return Outcome(user, result, $"用户“{user.UserName}”已启用。");
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserMissing();
        }

        if (user.IsDisabled)
        {
            return BackToUser(user, "Error", "该账号已停用，请使用“启用”恢复。");
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await AuditedAsync(user, "解锁", user.UserName ?? "", () => users.UpdateAsync(user));
        return Outcome(user, result, $"用户“{user.UserName}”已解除锁定。");
    }

    [HttpGet("{id}/password")]
    public async Task<IActionResult> Password(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : await PasswordView(user, new PasswordResetModel());
    }

    [HttpPost("{id}/password")]
    public async Task<IActionResult> Password(string id, PasswordResetModel form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserMissing();
        }

        if (!ModelState.IsValid)
        {
            return await PasswordView(user, form);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await AuditedAsync(user, "重置密码", user.UserName ?? "", () => users.ResetPasswordAsync(user, token, form.NewPassword));
        if (!result.Succeeded)
        {
            AddErrors(result);
            return await PasswordView(user, form);
        }

        // The reset renews the security stamp; re-issue an administrator's own cookie so resetting their own password keeps them signed in.
        if (user.Id == users.GetUserId(User))
        {
            await signIn.RefreshSignInAsync(user);
        }

        return BackToUser(user, "Message", $"用户“{user.UserName}”的密码已重置，其他已登录的会话将在一分钟内失效。");
    }

    /// <summary>Runs the steps and their audit entry in one transaction: when a step fails, nothing of the change is kept.</summary>
    private async Task<IdentityResult> AuditedAsync(PortalUser user, string action, string summary, params Func<Task<IdentityResult>>[] steps)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }

        audit.Record(action, EntityType, user.Id, summary);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    private async Task<int> EnabledAdministratorsAsync() =>
        (await users.GetUsersInRoleAsync(BuiltInRoles.Administrator)).Count(u => !u.IsDisabled);

    private void ValidateRoles(IEnumerable<string> wanted, IReadOnlyList<RoleOption> allRoles)
    {
        foreach (var unknown in wanted.Where(name => allRoles.All(r => r.Name != name)).Distinct())
        {
            ModelState.AddModelError("", $"角色“{unknown}”不存在，请从列表中选择。");
        }
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }
    }

    private static string RoleNames(IEnumerable<string> names, IReadOnlyList<RoleOption> allRoles)
    {
        var displayNames = allRoles.Where(r => names.Contains(r.Name)).Select(r => r.DisplayName).ToList();
        return displayNames.Count == 0 ? "无" : string.Join("、", displayNames);
    }

    private RedirectResult UserMissing()
    {
        TempData["Error"] = "找不到该用户，可能已被删除。";
        return Redirect("/admin/users");
    }

    private RedirectResult BackToUser(PortalUser user, string banner, string text)
    {
        TempData[banner] = text;
        return Redirect($"/admin/users/{Uri.EscapeDataString(user.Id)}/edit");
    }

    private RedirectResult Outcome(PortalUser user, IdentityResult result, string success) =>
        result.Succeeded
            ? BackToUser(user, "Message", success)
            : BackToUser(user, "Error", string.Join("；", result.Errors.Select(e => e.Description)));

    private async Task<IActionResult> CreateView(UserCreateModel form)
    {
        ViewData["Title"] = "新建用户";
        ViewData["Roles"] = new RoleChoices(await roles.AllAsync(), form.Roles);
        return View("Create", form);
    }

    private async Task<IActionResult> EditView(PortalUser user, UserEditModel form)
    {
        var allRoles = await roles.AllAsync();
        ViewData["Title"] = "编辑用户";
        ViewData["Account"] = (await directory.DescribeAsync([user], allRoles))[0];
        ViewData["Roles"] = new RoleChoices(allRoles, form.Roles);
        return View("Edit", form);
    }

    private async Task<IActionResult> PasswordView(PortalUser user, PasswordResetModel form)
    {
        ViewData["Title"] = "重置密码";
        ViewData["Account"] = (await directory.DescribeAsync([user], await roles.AllAsync()))[0];
        return View("Password", form);
    }
}
