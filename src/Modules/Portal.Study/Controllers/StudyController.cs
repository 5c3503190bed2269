using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Study.Services;
using Portal.Study.ViewModels;

namespace Portal.Study.Controllers;

/// <summary>The public summary of the study year (no names), and the page a staff member's phone opens from a sign-in QR code.</summary>
public sealed class StudyController(StudyQueries queries, SignInService signIns) : Controller
{
    [HttpGet("study")]
    [HttpHead("study")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index() => await YearAsync(await queries.DefaultYearAsync());

    [HttpGet("study/{year:int:range(2000,2100)}")]
    [HttpHead("study/{year:int:range(2000,2100)}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Year(int year) => await YearAsync(year);

    private async Task<IActionResult> YearAsync(int year)
    {
        ViewData["Title"] = $"{year}年学习活动";
        return View("Index", await queries.PublicSummaryAsync(year));
    }

    [HttpGet("study/sign-in/{token}")]
    [RequirePermission(nameof(StudyPermissions.TakePartInStudy))]
    public async Task<IActionResult> SignIn(string token)
    {
        ViewData["Title"] = "学习签到";
        var (session, refusal) = await signIns.ReadAsync(token);
        if (session is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SignInPage(null, token, refusal, false));
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return View(new SignInPage(SessionRow.From(session, null), token, null, await signIns.FindAsync(session.Id, userId) is not null));
    }

    [HttpPost("study/sign-in/{token}")]
    [RequirePermission(nameof(StudyPermissions.TakePartInStudy))]
    public async Task<IActionResult> ConfirmSignIn(string token)
    {
        var outcome = await signIns.SignInWithCodeAsync(token);
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return Redirect($"/study/sign-in/{Uri.EscapeDataString(token)}");
        }

        ViewData["Title"] = "学习签到";
        var (session, _) = await signIns.ReadAsync(token);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("SignIn", new SignInPage(session is null ? null : SessionRow.From(session, null), token, outcome.Message, false));
    }
}
