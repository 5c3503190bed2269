using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Files;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Study.Models;
using Portal.Study.Rules;
using Portal.Study.Services;
using Portal.Study.ViewModels;

namespace Portal.Study.Controllers;

/// <summary>What every staff member does: the schedule, a session, leave requests, materials, reflections.</summary>
[Route("admin/study")]
[RequirePermission(nameof(StudyPermissions.TakePartInStudy))]
public sealed class StudyAdminController(
    StudyQueries queries,
    StudyPeople people,
    SessionEditor sessions,
    LeaveService leave,
    MaterialLibrary library,
    ReflectionService reflections,
    IAuthorizationService authorization,
    TimeProvider clock) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? month)
    {
        var shown = year ?? await queries.DefaultYearAsync();
        var rows = await queries.SessionsAsync(shown);
        var today = clock.GetUtcNow().UtcDateTime.ToChinaTime();
        var defaultMonth = today.Year == shown ? today.Month : rows.FirstOrDefault()?.Starts.Month ?? 1;
        ViewData["Title"] = "学习日程";
        return View(new SchedulePage(shown, await queries.YearsAsync(), month is >= 1 and <= 12 ? month.Value : defaultMonth, rows, await CanManageAsync()));
    }

    [HttpGet("sessions/{id:int}")]
    public async Task<IActionResult> Session(int id) => await SessionPageAsync(id, leaveReason: null) ?? NotFound();

    [HttpPost("sessions/{id:int}/leave")]
    public async Task<IActionResult> RequestLeave(int id, string? reason)
    {
        var outcome = await leave.RequestAsync(id, reason);
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return Redirect($"/admin/study/sessions/{id}");
        }

        ViewData["Error"] = outcome.Message;
        var page = await SessionPageAsync(id, reason);
        if (page is ViewResult view)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }

        return page ?? NotFound();
    }

    [HttpGet("leave")]
    public async Task<IActionResult> Leave()
    {
        var userId = UserId;
        var organiser = await CanManageAsync();
        var headed = await people.BranchesHeadedByAsync(userId);
        var members = (await people.MembersAsync()).Where(m => headed.Contains(m.BranchId)).Select(m => m.UserId).ToList();
        var toDecide = organiser || members.Count > 0
            ? await queries.LeaveAsync(q => q.Where(l => l.UserId != userId && (organiser || members.Contains(l.UserId))))
            : [];
        ViewData["Title"] = "请销假";
        return View(new LeavePage(await queries.LeaveAsync(q => q.Where(l => l.UserId == userId)), toDecide, organiser || headed.Count > 0));
    }

    [HttpPost("leave/{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, string? note) => Back(await leave.DecideAsync(User, id, approve: true, note));

    [HttpPost("leave/{id:int}/refuse")]
    public async Task<IActionResult> Refuse(int id, string? note) => Back(await leave.DecideAsync(User, id, approve: false, note));

    [HttpPost("leave/{id:int}/close")]
    public async Task<IActionResult> Close(int id) => Back(await leave.CloseAsync(User, id));

    [HttpGet("materials")]
    public async Task<IActionResult> Materials(string? topic)
    {
        ViewData["Title"] = "学习资料";
        return View(new MaterialsPage(await library.ListAsync(topic), await library.TopicsAsync(), topic, await library.ReadByAsync(UserId), await CanManageAsync()));
    }

    [HttpGet("materials/{id:int}")]
    public async Task<IActionResult> Material(int id)
    {
        var material = await library.FindAsync(id);
        if (material is null)
        {
            return NotFound();
        }

        ViewData["Title"] = material.Title;
        return View(new MaterialPage(material, (await library.ReadByAsync(UserId)).Contains(id)));
    }

    [HttpGet("materials/{id:int}/file")]
    public async Task<IActionResult> MaterialFile(int id, [FromServices] IFileStore files)
    {
        var material = await library.FindAsync(id);
        return material is { FileKey: { } key, FileKind: { } kind } && files.OpenRead(key) is { } stream
            ? File(stream, kind.ContentType(), material.FileName)
            : NotFound();
    }

    [HttpPost("materials/{id:int}/read")]
    public async Task<IActionResult> MarkRead(int id)
    {
        var outcome = await library.MarkReadAsync(id);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Message;
        return Redirect($"/admin/study/materials/{id}");
    }

    [HttpGet("reflections")]
    public async Task<IActionResult> Reflections(int? sessionId, int? materialId) =>
        await ReflectionsPageAsync(new ReflectionEditModel { SessionId = sessionId, MaterialId = sessionId is null ? materialId : null });

    [HttpPost("reflections")]
    public async Task<IActionResult> SubmitReflection(ReflectionEditModel form)
    {
        var outcome = await reflections.SubmitAsync(form.ToInput());
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return Redirect("/admin/study/reflections");
        }

        ViewData["Error"] = outcome.Message;
        var page = await ReflectionsPageAsync(form);
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<ViewResult> ReflectionsPageAsync(ReflectionEditModel form)
    {
        ViewData["Title"] = "心得体会";
        var year = await queries.DefaultYearAsync();
        var userId = UserId;
        return View("Reflections", new ReflectionsPage(await queries.ReflectionsAsync(q => q.Where(r => r.UserId == userId)), form,
            await queries.SessionsAsync(year), await queries.AllMaterialsAsync()));
    }

    private IActionResult Back(StudyOutcome outcome)
    {
        TempData[outcome.Succeeded ? "Message" : "Error"] = outcome.Message;
        return Redirect("/admin/study/leave");
    }

    private async Task<bool> CanManageAsync() => await authorization.AuthorizeAsync(User, StudyPermissions.ManageStudy);

    private async Task<IActionResult?> SessionPageAsync(int id, string? leaveReason)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
        {
            return null;
        }

        var userId = UserId;
        var canManage = await CanManageAsync();
        var expected = await people.IsExpectedAsync(session, userId);
        var sheet = await queries.SheetAsync(session);
        var mine = sheet.Lines.FirstOrDefault(l => l.Member.UserId == userId);
        var myLeave = (await queries.LeaveAsync(q => q.Where(l => l.SessionId == id && l.UserId == userId))).FirstOrDefault();
        var keepsSheet = StudyForms.KeepsSignInSheet(session.Form);
        var signInUrl = canManage && keepsSheet
            ? $"{Request.Scheme}://{Request.Host}{Request.PathBase}/study/sign-in/{SignInService.TokenFor(session)}"
            : null;
        ViewData["Title"] = session.Title;
        return View("Session", new SessionPage(
            SessionRow.From(session, await people.BranchNameAsync(session.BranchId)),
            session.Description,
            await queries.MaterialsOfAsync(session),
            keepsSheet,
            expected,
            mine?.Attendance,
            myLeave,
            canManage,
            signInUrl,
            SignInService.WindowOf(session),
            SignInService.WindowOf(session).At(clock.GetUtcNow().UtcDateTime),
            canManage ? sheet : null,
            leaveReason));
    }
}
