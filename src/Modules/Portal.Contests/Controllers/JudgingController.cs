using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Services;
using Portal.Contests.ViewModels;
using Portal.Core.Security;

namespace Portal.Contests.Controllers;

/// <summary>The judge's side, blind: progress, conflict declarations and the scorecards of the entries assigned to them.</summary>
[Route("admin/judging")]
[RequirePermission(nameof(ContestsPermissions.JudgeEntries))]
public sealed class JudgingController(JudgingService judging, ContestQueries contests) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var mine = await judging.Assignments.AsNoTracking().Include(a => a.Entry).Include(a => a.Scores)
            .Where(a => a.JudgeId == userId).OrderBy(a => a.Id).ToListAsync();
        var groups = new List<JudgeContestGroup>();
        foreach (var byContest in mine.GroupBy(a => a.Entry!.ContestId))
        {
            var contest = (await contests.FindAsync(byContest.Key))!;
            var rows = byContest.Select(a =>
            {
                var track = contest.Tracks.Single(t => t.Id == a.Entry!.TrackId);
                return new JudgeTaskRow(a.Id, track.Name, a.Entry!.Title, a.IsSubmitted,
                    a.IsSubmitted ? ScoreRules.Total(track.Criteria, JudgingService.ScoreMap(a)) : null);
            }).ToList();
            groups.Add(new JudgeContestGroup(contest.Id, await contests.TitleAsync(contest), rows, await judging.ConflictsAsync(contest.Id, userId)));
        }

        ViewData["Title"] = "评审";
        return View(new JudgeHomePage(groups, await contests.PublishedAsync()));
    }

    [HttpGet("contests/{contestId:long}/conflicts")]
    public async Task<IActionResult> Conflicts(long contestId)
    {
        var contest = await contests.FindAsync(contestId);
        if (contest is null)
        {
            return NotFound();
        }

        var units = await judging.ConflictsAsync(contestId, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        ViewData["Title"] = "申报回避单位";
        return View(new ConflictsPage(contestId, await contests.TitleAsync(contest), string.Join("\n", units)));
    }

    [HttpPost("contests/{contestId:long}/conflicts")]
    public async Task<IActionResult> Conflicts(long contestId, string? units)
    {
        var contest = await contests.FindAsync(contestId);
        if (contest is null)
        {
            return NotFound();
        }

        var affected = await judging.DeclareConflictsAsync(contest, (units ?? "").Split('\n'));
        TempData["Message"] = affected.Count == 0
            ? "回避单位已保存，今后不会给您分配这些单位的作品。"
            : $"回避单位已保存。已分配给您的 {string.Join("、", affected)} 来自申报的单位，请联系管理员调整分配。";
        return Redirect("/admin/judging");
    }

    [HttpGet("assignments/{id:long}")]
    public async Task<IActionResult> Review(long id)
    {
        var assignment = await judging.FindMineAsync(id);
        if (assignment is null)
        {
            return Forbid();
        }

        return await ReviewView(assignment, assignment.Scores.ToDictionary(s => s.CriterionId, s => s.Value.ToString()), assignment.Comment, []);
    }

    [HttpPost("assignments/{id:long}")]
    public async Task<IActionResult> Review(long id, string? comment, string command = "save")
    {
        var assignment = await judging.FindMineAsync(id);
        if (assignment is null)
        {
            return Forbid();
        }

        var (_, track) = (await contests.FindTrackAsync(assignment.Entry!.TrackId))!.Value;
        var typed = track.Criteria.ToDictionary(c => c.Id, c => Request.Form[$"score-{c.Id}"].ToString().Trim());
        var values = new Dictionary<int, int?>();
        var errors = new List<string>();
        foreach (var criterion in track.Criteria)
        {
            var text = typed[criterion.Id];
            if (text.Length == 0)
            {
                values[criterion.Id] = null;
            }
            else if (int.TryParse(text, out var value))
            {
                values[criterion.Id] = value;
            }
            else
            {
                errors.Add($"“{criterion.Name}”的分数必须是 0 到 {criterion.Weight} 之间的整数（填写的是 “{text}”）。");
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(await judging.SaveScoresAsync(assignment, values, comment, submit: command == "submit"));
        }

        if (errors.Count > 0)
        {
            return await ReviewView(assignment, typed, comment ?? "", errors);
        }

        TempData["Message"] = command == "submit" ? "评分已提交并锁定。" : "评分已暂存，提交前仍可修改。";
        return Redirect(command == "submit" ? "/admin/judging" : $"/admin/judging/assignments/{id}");
    }

    private async Task<IActionResult> ReviewView(JudgeAssignment assignment, IReadOnlyDictionary<int, string> typed, string comment, IReadOnlyList<string> errors)
    {
        var (contest, track) = (await contests.FindTrackAsync(assignment.Entry!.TrackId))!.Value;
        ViewData["Title"] = $"评审 #{assignment.Id}";
        return View("Review", new ReviewPage(assignment, await contests.TitleAsync(contest), track, typed, comment, errors));
    }
}
