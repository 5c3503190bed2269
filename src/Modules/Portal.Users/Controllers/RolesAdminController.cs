using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Users.Models;
using Portal.Users.Services;

namespace Portal.Users.Controllers;

[Route("admin/roles")]
[RequirePermission(nameof(UsersPermissions.ManageRoles))]
public sealed class RolesAdminController(
    RoleManager<PortalRole> roleManager,
    PortalDbContext db,
    RoleCatalog catalog,
    IRolePermissionStore permissions,
    PermissionRegistry registry,
    IAuditLog audit) : Controller
{
    private const string EntityType = "角色";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var counts = await db.Roles.AsNoTracking()
            .Select(r => new
            {
                r.Name,
                Users = db.UserRoles.Count(ur => ur.RoleId == r.Id),
                Permissions = db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == RolePermissionStore.ClaimType),
            })
            .ToDictionaryAsync(r => r.Name ?? "", r => (r.Users, r.Permissions));

        ViewData["Title"] = "角色与权限";
        return View((await catalog.AllAsync())
            .Select(role =>
            {
                var (users, granted) = counts.GetValueOrDefault(role.Name);
                return new RoleRow(role, RoleCatalog.IsBuiltIn(role.Name), users, granted);
            })
            .ToList());
    }

    [HttpGet("create")]
    public IActionResult Create() => CreateView(new RoleCreateModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleCreateModel form)
    {
        if (!string.IsNullOrWhiteSpace(form.Name) && await roleManager.RoleExistsAsync(form.Name))
        {
            ModelState.AddModelError(nameof(form.Name), $"角色标识“{form.Name}”已被使用。");
        }

        form.DisplayName = form.DisplayName?.Trim() ?? "";
        if (await db.Roles.AnyAsync(r => r.DisplayName == form.DisplayName))
        {
            ModelState.AddModelError(nameof(form.DisplayName), $"中文名称“{form.DisplayName}”已被其他角色使用。");
        }

        if (!ModelState.IsValid)
        {
            return CreateView(form);
        }

        var result = await roleManager.CreateAsync(new PortalRole(form.Name, form.DisplayName));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return CreateView(form);
        }

        // A deleted role of the same name may still have permissions in the store's cache; setting the new role's empty set clears them.
        await permissions.SetPermissionNamesAsync(form.Name, []);
        audit.Record("创建", EntityType, form.Name, form.DisplayName);
        await db.SaveChangesAsync();

        TempData["Message"] = $"角色“{form.DisplayName}”已创建，请为它勾选权限。";
        return Redirect($"/admin/roles/{form.Name}/permissions");
    }

    [HttpGet("{name}/permissions")]
    public async Task<IActionResult> Permissions(string name)
    {
        var role = await roleManager.FindByNameAsync(name);
        if (role?.Name is null)
        {
            return NotFound();
        }

        var granted = role.Name == BuiltInRoles.Administrator
            ? registry.All.Select(p => p.Name).ToHashSet()
            : await permissions.GetPermissionNamesAsync(role.Name);
        return PermissionsView(role, granted);
    }

    [HttpPost("{name}/permissions")]
    public async Task<IActionResult> Permissions(string name, List<string> granted)
    {
        var role = await roleManager.FindByNameAsync(name);
        if (role?.Name is null)
        {
            return RoleMissing();
        }

        if (role.Name == BuiltInRoles.Administrator)
        {
            TempData["Error"] = "管理员始终拥有全部权限，不能修改。";
            return Redirect("/admin/roles");
        }

        foreach (var unknown in granted.Where(p => registry.Find(p) is null).Distinct())
        {
            ModelState.AddModelError("", $"权限“{unknown}”不存在，请从列表中勾选。");
        }

        if (!ModelState.IsValid)
        {
            return PermissionsView(role, granted.ToHashSet(StringComparer.Ordinal));
        }

        await permissions.SetPermissionNamesAsync(role.Name, granted);
        var names = registry.All.Where(p => granted.Contains(p.Name)).Select(p => p.DisplayName).ToList();
        audit.Record("修改权限", EntityType, role.Name, $"{role.DisplayName}：{(names.Count == 0 ? "无" : string.Join("、", names))}");
        await db.SaveChangesAsync();

        TempData["Message"] = $"角色“{role.DisplayName}”的权限已保存。";
        return Redirect("/admin/roles");
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        var role = await roleManager.FindByNameAsync(name);
        if (role?.Name is null)
        {
            return RoleMissing();
        }

        if (RoleCatalog.IsBuiltIn(role.Name))
        {
            TempData["Error"] = $"“{role.DisplayName}”是内置角色，不能删除。";
            return Redirect("/admin/roles");
        }

        var holders = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id);
        if (holders > 0)
        {
            TempData["Error"] = $"还有 {holders} 名用户属于角色“{role.DisplayName}”，不能删除。请先在用户管理中取消他们的这一角色。";
            return Redirect("/admin/roles");
        }

        var result = await roleManager.DeleteAsync(role);
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join("；", result.Errors.Select(e => e.Description));
            return Redirect("/admin/roles");
        }

        audit.Record("删除", EntityType, role.Name, role.DisplayName);
        await db.SaveChangesAsync();
        TempData["Message"] = $"角色“{role.DisplayName}”已删除。";
        return Redirect("/admin/roles");
    }

    private RedirectResult RoleMissing()
    {
        TempData["Error"] = "找不到该角色，可能已被删除。";
        return Redirect("/admin/roles");
    }

    private ViewResult CreateView(RoleCreateModel form)
    {
        ViewData["Title"] = "新建角色";
        return View("Create", form);
    }

    private ViewResult PermissionsView(PortalRole role, IReadOnlySet<string> granted)
    {
        ViewData["Title"] = "角色权限";
        var categories = registry.All.GroupBy(p => p.Category).ToList();
        return View("Permissions", new RolePermissionsPage(
            new RoleOption(role.Name ?? "", role.DisplayName), role.Name != BuiltInRoles.Administrator, categories, granted));
    }
}
