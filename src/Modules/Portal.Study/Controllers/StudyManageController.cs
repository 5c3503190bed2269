using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.News.Models;
using Portal.Study.Models;
using Portal.Study.Rules;
using Portal.Study.Services;
using Portal.Study.ViewModels;

namespace Portal.Study.Controllers;

/// <summary>What the organiser (学习组织者) does: plans sessions, signs people in, adds materials, reviews reflections, reads the statistics.</summary>
[Route("admin/study")]
[RequirePermission(nameof(StudyPermissions.ManageStudy))]
public sealed class StudyManageController(
    PortalDbContext db,
    StudyQueries queries,
    StudyPeople people,
    SessionEditor sessions,
    SignInService signIns,
    MaterialLibrary library,
    ReflectionService reflections,
    StatisticsService statistics,
    IAuditLog audit) : Controller
{
    [HttpGet("sessions/create")]
    public async Task<IActionResult> Create() => await EditPageAsync(new SessionEditModel(), "安排学习活动");

    [HttpGet("sessions/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : await EditPageAsync(SessionEditModel.From(session), "修改学习活动");
    }

    [HttpPost("sessions/save")]
    public async Task<IActionResult> Save(SessionEditModel session)
    {
        var outcome = ModelState.IsValid ? await sessions.SaveAsync(session.Id, session.ToInput()) : null;
        if (outcome is { Succeeded: true })
        {
            TempData["Message"] = outcome.Message;
            return Redirect($"/admin/study/sessions/{outcome.Id}");
        }

        if (outcome is not null)
        {
            ModelState.AddModelError("", outcome.Message);
        }

        var page = await EditPageAsync(session, session.Id is null ? "安排学习活动" : "修改学习活动");
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    [HttpPost("sessions/{id:int}/sign-in-for")]
    public async Task<IActionResult> SignInFor(int id, string? memberId)
    {
        var outcome = await signIns.SignInForAsync(id, memberId ?? "");
        TempData[outcome.Succeeded ? "Message" : "Error"] = outcome.Message;
        return Redirect($"/admin/study/sessions/{id}#sheet");
    }

    [HttpPost("sessions/{id:int}/new-code")]
    public async Task<IActionResult> NewCode(int id)
    {
        var outcome = await sessions.ReplaceSignInCodeAsync(id);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Message;
        return Redirect($"/admin/study/sessions/{id}");
    }

    [HttpGet("materials/create")]
    public IActionResult CreateMaterial()
    {
        ViewData["Title"] = "添加学习资料";
        return View(new MaterialEditModel());
    }

    [HttpPost("materials/create")]
    [RequestSizeLimit(25 * 1024 * 1024)]
    public async Task<IActionResult> CreateMaterial(MaterialEditModel form, IFormFile? file)
    {
        await using var stream = file is { Length: > 0 } ? file.OpenReadStream() : null;
        var outcome = await library.CreateAsync(form.ToInput(), stream, file?.FileName);
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return Redirect($"/admin/study/materials/{outcome.Id}");
        }

        ModelState.AddModelError("", outcome.Message);
        ViewData["Title"] = "添加学习资料";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [HttpGet("reflections/all")]
    public async Task<IActionResult> Review()
    {
        ViewData["Title"] = "心得评选";
        var columns = await db.Set<Column>().AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name }).ToListAsync();
        return View(new ReviewPage(await queries.ReflectionsAsync(q => q), [.. columns.Select(c => (c.Id, c.Name))]));
    }

    [HttpPost("reflections/{id:int}/mark")]
    public async Task<IActionResult> Mark(int id, bool good) => BackToReview(await reflections.MarkAsync(id, good));

    [HttpPost("reflections/{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, int columnId) => BackToReview(await reflections.SendToReviewAsync(id, columnId));

    [HttpGet("statistics")]
    public async Task<IActionResult> Statistics(int? year)
    {
        var shown = year ?? await queries.DefaultYearAsync();
        ViewData["Title"] = "学习统计";
        return View(new StatisticsPage(shown, await queries.YearsAsync(), await statistics.ComputeAsync(shown)));
    }

    [HttpGet("statistics/export")]
    public async Task<IActionResult> Export(int year) =>
        File(await statistics.ExportAsync(year), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{year}年学习统计.xlsx");

    [HttpGet("branches")]
    public async Task<IActionResult> Branches() => await BranchesPageAsync();

    [HttpPost("branches/create")]
    public async Task<IActionResult> CreateBranch(string? name)
    {
        var problems = BranchRules.Validate(name).ToList();
        var trimmed = name?.Trim() ?? "";
        if (problems.Count == 0 && await db.Set<StudyBranch>().AnyAsync(b => b.Name == trimmed))
        {
            problems.Add($"已有名为“{trimmed}”的支部。");
        }

        if (problems.Count > 0)
        {
            TempData["Error"] = string.Join(" ", problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await BranchesPageAsync(name);
        }

        var branch = new StudyBranch { Name = trimmed, SortOrder = (await db.Set<StudyBranch>().MaxAsync(b => (int?)b.SortOrder) ?? 0) + 1 };
        db.Add(branch);
        await db.SaveChangesAsync();
        audit.Record("新建支部", "学习活动", branch.Id.ToString(), branch.Name);
        await db.SaveChangesAsync();
        TempData["Message"] = $"已新建{branch.Name}，可在下方设置负责人、编入成员。";
        return Redirect("/admin/study/branches");
    }

    [HttpPost("branches/{id:int}/head")]
    public async Task<IActionResult> SetHead(int id, string? userName)
    {
        var branch = await db.Set<StudyBranch>().FirstOrDefaultAsync(b => b.Id == id);
        if (branch is null)
        {
            return NotFound();
        }

        var head = await db.Users.FirstOrDefaultAsync(u => u.UserName == (userName ?? "").Trim());
        if (head is null)
        {
            TempData["Error"] = $"用户“{userName}”不存在。";
            return Redirect("/admin/study/branches");
        }

        branch.HeadId = head.Id;
        audit.Record("设置支部负责人", "学习活动", id.ToString(), $"{branch.Name}：{head.DisplayName}");
        await db.SaveChangesAsync();
        TempData["Message"] = $"{branch.Name}的负责人已设为{head.DisplayName}。";
        return Redirect("/admin/study/branches");
    }

    [HttpPost("branches/members")]
    public async Task<IActionResult> SetMember(string? userName, int branchId)
    {
        var branch = await db.Set<StudyBranch>().FirstOrDefaultAsync(b => b.Id == branchId);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == (userName ?? "").Trim());
        if (branch is null || user is null)
        {
            TempData["Error"] = branch is null ? "请选择支部。" : $"用户“{userName}”不存在。";
            return Redirect("/admin/study/branches");
        }

        var member = await db.Set<StudyMember>().FirstOrDefaultAsync(m => m.UserId == user.Id);
        if (member is null)
        {
            db.Add(new StudyMember { UserId = user.Id, BranchId = branchId });
        }
        else
        {
            member.BranchId = branchId;
        }

        audit.Record("编入支部", "学习活动", branchId.ToString(), $"{user.DisplayName} → {branch.Name}");
        await db.SaveChangesAsync();
        TempData["Message"] = $"已将{user.DisplayName}编入{branch.Name}。";
        return Redirect("/admin/study/branches");
    }

    private IActionResult BackToReview(StudyOutcome outcome)
    {
        TempData[outcome.Succeeded ? "Message" : "Error"] = outcome.Message;
        return Redirect("/admin/study/reflections/all");
    }

    private async Task<ViewResult> BranchesPageAsync(string? newBranchName = null)
    {
        ViewData["Title"] = "支部与人员";
        var branches = await people.BranchesAsync();
        var headIds = branches.Select(b => b.HeadId).OfType<string>().ToList();
        var heads = await db.Users.Where(u => headIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return View("Branches", new BranchesPage(branches, await people.MembersAsync(), heads, newBranchName));
    }

    private async Task<ViewResult> EditPageAsync(SessionEditModel form, string title)
    {
        ViewData["Title"] = title;
        return View("Edit", new SessionEditPage(form, await people.BranchesAsync(), await queries.AllMaterialsAsync()));
    }
}
