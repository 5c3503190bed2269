using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Services;
using Portal.Contests.ViewModels;
using Portal.Core.Security;

namespace Portal.Contests.Controllers;

/// <summary>The administrator's side of judging: judges per track, assignment, reopening scores, awards, the score log and the export.</summary>
[Route("admin/contests/{id:long}/judging")]
[RequirePermission(nameof(ContestsPermissions.ManageJudging))]
public sealed class JudgingAdminController(
    ContestQueries contests,
    JudgingService judging,
    ResultsService results,
    ResultsExport export,
    EntryService entries,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var submitted = await entries.Entries.AsNoTracking().Where(e => e.ContestId == id && e.Status == EntryStatus.Submitted).OrderBy(e => e.Id).ToListAsync();
        var ids = submitted.Select(e => e.Id).ToList();
        var assignments = await judging.Assignments.AsNoTracking().Where(a => ids.Contains(a.EntryId)).OrderBy(a => a.JudgeName).ToListAsync();
        var tracks = contest.Tracks.Select(t => (t, (IReadOnlyList<(ContestEntry, IReadOnlyList<JudgeAssignment>)>)submitted.Where(e => e.TrackId == t.Id)
            .Select(e => (e, (IReadOnlyList<JudgeAssignment>)assignments.Where(a => a.EntryId == e.Id).ToList())).ToList())).ToList();
        ViewData["Title"] = "评审管理";
        return View(new JudgingAdminPage(contest, await contests.TitleAsync(contest), ContestPhaseRules.PhaseAt(contest, clock.GetUtcNow().UtcDateTime),
            await judging.JudgeAccountsAsync(), await judging.TrackJudgesAsync(id), tracks));
    }

    [HttpPost("judges")]
    public async Task<IActionResult> Judges(long id, int trackId, List<string> judgeIds)
    {
        var contest = await contests.FindAsync(id);
        var track = contest?.Tracks.FirstOrDefault(t => t.Id == trackId);
        if (contest is null || track is null)
        {
            return NotFound();
        }

        await judging.SetTrackJudgesAsync(contest, track, judgeIds);
        TempData["Message"] = $"“{track.Name}”的评委已保存。";
        return Back(id);
    }

    [HttpPost("auto")]
    public async Task<IActionResult> Auto(long id, int trackId)
    {
        var contest = await contests.FindAsync(id);
        var track = contest?.Tracks.FirstOrDefault(t => t.Id == trackId);
        if (contest is null || track is null)
        {
            return NotFound();
        }

        var (plan, error) = await judging.AutoAssignAsync(contest, track);
        if (error is not null)
        {
            TempData["Error"] = error;
        }
        else if (plan!.Shortfalls.Count > 0)
        {
            TempData["Error"] = $"已新增 {plan.Added.Count} 项分配；另有 {plan.Shortfalls.Count} 件作品因评委人数不足或回避，评委少于 {contest.JudgesPerEntry} 人，请增加评委或手工分配。";
        }
        else
        {
            TempData["Message"] = $"已自动分配：新增 {plan.Added.Count} 项，每件作品 {contest.JudgesPerEntry} 位评委。";
        }

        return Back(id);
    }

    [HttpPost("assign")]
    public async Task<IActionResult> Assign(long id, long entryId, string? judgeId) =>
        await RunAsync(id, contest => judging.AssignAsync(contest, entryId, judgeId ?? ""), "已分配评委。");

    [HttpPost("assignments/{assignmentId:long}/remove")]
    public async Task<IActionResult> Remove(long id, long assignmentId) =>
        await RunAsync(id, contest => judging.UnassignAsync(contest, assignmentId), "已取消分配。");

    [HttpPost("assignments/{assignmentId:long}/reopen")]
    public async Task<IActionResult> Reopen(long id, long assignmentId, string? reason) =>
        await RunAsync(id, contest => judging.ReopenAsync(contest, assignmentId, reason), "评分已重新开放，评委可以修改后再次提交。");

    [HttpGet("results")]
    public async Task<IActionResult> Results(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "成绩与奖项";
        return View(new ResultsAdminPage(contest, await contests.TitleAsync(contest), await results.ComputeAsync(contest)));
    }

    [HttpPost("awards")]
    public async Task<IActionResult> Awards(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var awards = Request.Form.Keys.Where(k => k.StartsWith("award-", StringComparison.Ordinal))
            .Select(k => (Key: k, Ok: long.TryParse(k["award-".Length..], out var entryId), EntryId: entryId))
            .Where(x => x.Ok)
            .ToDictionary(x => x.EntryId, x => (string?)Request.Form[x.Key].ToString());
        var error = await results.SetAwardsAsync(contest, awards);
        TempData[error is null ? "Message" : "Error"] = error ?? "奖项已保存。";
        return Redirect($"/admin/contests/{id}/judging/results");
    }

    [HttpGet("log")]
    public async Task<IActionResult> Log(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var lines = await (
            from line in judging.Log
            join assignment in judging.Assignments on line.AssignmentId equals assignment.Id
            where assignment.Entry!.ContestId == id
            orderby line.At descending, line.Id descending
            select new { line, assignment.JudgeName, assignment.Entry!.ReceiptNumber }).AsNoTracking().ToListAsync();
        ViewData["Title"] = "评分记录";
        return View(new ScoreLogPage(id, await contests.TitleAsync(contest), lines.Select(l => (l.line, l.JudgeName, (string?)l.ReceiptNumber)).ToList()));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var bytes = await export.WriteAsync(contest);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"征文评审-{id}.xlsx");
    }

    private async Task<IActionResult> RunAsync(long id, Func<Contest, Task<string?>> action, string done)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var error = await action(contest);
        TempData[error is null ? "Message" : "Error"] = error ?? done;
        return Back(id);
    }

    private RedirectResult Back(long id) => Redirect($"/admin/contests/{id}/judging");
}
