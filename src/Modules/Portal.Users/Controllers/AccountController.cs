using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Users.Models;

namespace Portal.Users.Controllers;

[Route("account")]
public sealed class AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(PortalRateLimits.LoginPolicy)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByNameAsync(model.UserName.Trim());
        if (user is { IsDisabled: true })
        {
            ModelState.AddModelError("", "该账号已停用，请联系管理员。");
            return View(model);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/admin");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "登录失败次数过多，账号已被锁定，请 15 分钟后再试。"
            : "用户名或密码不正确。");
        return View(model);
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "您已安全退出。";
        return Redirect("/account/login");
    }
}
