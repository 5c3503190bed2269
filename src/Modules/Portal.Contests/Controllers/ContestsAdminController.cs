using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Search;
using Portal.Contests.Services;
using Portal.Contests.ViewModels;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Contests.Controllers;

/// <summary>Contests for editors: the notice and its settings, tracks and rubrics, the entries, and publishing the results.</summary>
[Route("admin/contests")]
[RequirePermission(nameof(ContestsPermissions.ManageContests))]
public sealed class ContestsAdminController(
    ContestQueries contests,
    ContestEditor editor,
    ContentManager content,
    ContentAuthorization contentAuthorization,
    Microsoft.AspNetCore.Authorization.IAuthorizationService authorization,
    EntryService entries,
    ResultsService results,
    WinnerSearchFeed winnerSearch,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var counts = await entries.Entries.GroupBy(e => new { e.ContestId, e.Status }).Select(g => new { g.Key.ContestId, g.Key.Status, Count = g.Count() }).ToListAsync();
        var rows = (await contests.AllAsync()).Select(c => new ContestAdminRow(c,
            ContestPhaseRules.PhaseAt(c.OpensAt, c.ClosesAt, c.ResultsPublished, Now),
            counts.Where(x => x.ContestId == c.Id && x.Status == EntryStatus.Submitted).Sum(x => x.Count),
            counts.Where(x => x.ContestId == c.Id && x.Status != EntryStatus.Submitted).Sum(x => x.Count))).ToList();
        ViewData["Title"] = "征文活动管理";
        return View(rows);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await EditView(new ContestEditModel
    {
        EligibleRoles = [BuiltInRoles.Delegate, BuiltInRoles.Editor, BuiltInRoles.Author],
        OpensAt = Now.ToChinaTime().Date,
        ClosesAt = Now.ToChinaTime().Date.AddMonths(2).AddHours(17),
    }, contest: null);

    [HttpPost("create")]
    public async Task<IActionResult> Create(ContestEditModel form)
    {
        if (await ValidateAsync(form, contest: null) is { } invalid)
        {
            return invalid;
        }

        var (outcome, contest) = await editor.CreateAsync(form);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Message!);
            return await EditView(form, contest: null);
        }

        return await FollowCommandAsync(form, contest!, outcome.Item!, "征文活动已创建（含默认的征文、金点子两个赛道）。");
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var item = (await content.FindAsync(contest.ContentItemId))!;
        var latest = (await content.GetLatestAsync(item.Id))!;
        return await EditView(new ContestEditModel
        {
            Id = id,
            ConcurrencyStamp = item.ConcurrencyStamp,
            Title = latest.Title,
            Theme = latest.Summary,
            Rules = latest.BodyMarkdown,
            Slug = item.Slug,
            OpensAt = contest.OpensAt.ToChinaTime(),
            ClosesAt = contest.ClosesAt.ToChinaTime(),
            EligibleRoles = [.. contest.EligibleRoleList],
            JudgesPerEntry = contest.JudgesPerEntry,
            NormaliseScores = contest.NormaliseScores,
        }, contest);
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit([FromRoute] long id, ContestEditModel form)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (await ValidateAsync(form, contest) is { } invalid)
        {
            return invalid;
        }

        var saved = await editor.UpdateAsync(contest, form);
        if (!saved.Succeeded)
        {
            ModelState.AddModelError("", saved.Message!);
            if (saved.Kind == ContentOutcomeKind.Conflict)
            {
                ModelState.Remove(nameof(form.ConcurrencyStamp));
                form.ConcurrencyStamp = saved.Item!.ConcurrencyStamp;
            }

            return await EditView(form, contest);
        }

        return await FollowCommandAsync(form, contest, saved.Item!, "已保存。");
    }

    [HttpPost("{id:long}/unpublish")]
    public async Task<IActionResult> Unpublish(long id, Guid concurrencyStamp)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        if (!await contentAuthorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        var outcome = await content.UnpublishAsync(contest.ContentItemId, concurrencyStamp);
        if (outcome.Succeeded)
        {
            await winnerSearch.QueueAsync(contest.Id);
        }

        TempData[outcome.Succeeded ? "Message" : "Error"] = outcome.Succeeded ? "活动通知已取消发布。" : outcome.Message;
        return Redirect($"/admin/contests/{id}/edit");
    }

    [HttpGet("{id:long}/tracks/new")]
    public async Task<IActionResult> NewTrack(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var defaults = ScoreRules.DefaultRubric(TrackKind.Essay).Select(c => new CriterionRow { Name = c.Name, Weight = c.Weight });
        return await TrackView(contest, new TrackEditModel { Criteria = [.. defaults], SortOrder = contest.Tracks.Count * 10 });
    }

    [HttpGet("{id:long}/tracks/{trackId:int}")]
    public async Task<IActionResult> EditTrack(long id, int trackId)
    {
        var contest = await contests.FindAsync(id);
        var track = contest?.Tracks.FirstOrDefault(t => t.Id == trackId);
        if (contest is null || track is null)
        {
            return NotFound();
        }

        return await TrackView(contest, new TrackEditModel
        {
            Id = track.Id,
            Kind = track.Kind,
            Name = track.Name,
            MinLength = track.MinLength,
            MaxLength = track.MaxLength,
            MaxEntriesPerPerson = track.MaxEntriesPerPerson,
            AllowAttachments = track.AllowAttachments,
            SortOrder = track.SortOrder,
            Criteria = [.. track.Criteria.Select(c => new CriterionRow { Id = c.Id, Name = c.Name, Weight = c.Weight })],
        });
    }

    [HttpPost("{id:long}/tracks/save")]
    public async Task<IActionResult> SaveTrack([FromRoute] long id, TrackEditModel form)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await editor.SaveTrackAsync(contest, form) is { } error)
        {
            ModelState.AddModelError("", error);
        }

        if (!ModelState.IsValid)
        {
            return await TrackView(contest, form);
        }

        TempData["Message"] = $"赛道“{form.Name.Trim()}”已保存。";
        return Redirect($"/admin/contests/{id}/edit");
    }

    [HttpGet("{id:long}/entries")]
    public async Task<IActionResult> Entries(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var list = await entries.Entries.AsNoTracking().Include(e => e.Attachments.OrderBy(a => a.Number))
            .Where(e => e.ContestId == id).OrderBy(e => e.TrackId).ThenBy(e => e.Status).ThenBy(e => e.Id).ToListAsync();
        var names = contest.Tracks.ToDictionary(t => t.Id, t => t.Name);
        ViewData["Title"] = "参赛作品";
        return View(new ContestEntriesPage(id, await contests.TitleAsync(contest), list.Select(e => (e, names[e.TrackId])).ToList()));
    }

    [HttpPost("{id:long}/results/publish")]
    public async Task<IActionResult> PublishResults(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        var error = await results.PublishAsync(contest, await contests.TitleAsync(contest));
        TempData[error is null ? "Message" : "Error"] = error ?? "评审结果已发布，公众可以看到获奖作品。";
        return Redirect($"/admin/contests/{id}/edit");
    }

    [HttpPost("{id:long}/results/unpublish")]
    public async Task<IActionResult> UnpublishResults(long id)
    {
        var contest = await contests.FindAsync(id);
        if (contest is null)
        {
            return NotFound();
        }

        await results.UnpublishAsync(contest, await contests.TitleAsync(contest));
        TempData["Message"] = "评审结果已撤回。";
        return Redirect($"/admin/contests/{id}/edit");
    }

    private async Task<IActionResult> FollowCommandAsync(ContestEditModel form, Contest contest, ContentItem item, string message)
    {
        if (form.Command == "publish")
        {
            var published = await content.PublishAsync(item.Id, item.ConcurrencyStamp);
            await editor.EvictAsync();
            TempData[published.Succeeded ? "Message" : "Error"] = published.Succeeded ? "已保存并发布活动通知。" : published.Message;
        }
        else
        {
            TempData["Message"] = message;
        }

        return Redirect($"/admin/contests/{contest.Id}/edit");
    }

    private async Task<IActionResult?> ValidateAsync(ContestEditModel form, Contest? contest)
    {
        if (form.OpensAt is { } opens && form.ClosesAt is { } closes && ContestPhaseRules.ValidateTimes(opens, closes) is { } timeError)
        {
            ModelState.AddModelError(nameof(form.ClosesAt), timeError);
        }

        if (form.EligibleRoles.Count == 0 || form.EligibleRoles.Any(r => !RoleNames.Eligible.ContainsKey(r)))
        {
            ModelState.AddModelError(nameof(form.EligibleRoles), "请至少选择一种可以参加的角色。");
        }

        if (!string.IsNullOrWhiteSpace(form.Slug) && Portal.Contents.Rules.SlugRules.Validate(form.Slug.Trim()) is { } slugError)
        {
            ModelState.AddModelError(nameof(form.Slug), slugError);
        }

        if (form.Command == "publish" && !await contentAuthorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        return ModelState.IsValid ? null : await EditView(form, contest);
    }

    private async Task<IActionResult> EditView(ContestEditModel form, Contest? contest)
    {
        var item = contest is null ? null : await content.FindAsync(contest.ContentItemId);
        ViewData["Title"] = contest is null ? "新建征文活动" : "编辑征文活动";
        return View("Edit", new ContestEditPage(form, contest, item, contest is null ? null : ContestPhaseRules.PhaseAt(contest, Now),
            await contentAuthorization.CanPublishAsync(User), await authorization.AuthorizeAsync(User, ContestsPermissions.ManageJudging), RoleNames.Eligible));
    }

    private async Task<IActionResult> TrackView(Contest contest, TrackEditModel form)
    {
        while (form.Criteria.Count < 6)
        {
            form.Criteria.Add(new CriterionRow());
        }

        ViewData["Title"] = form.Id is null ? "新增赛道" : "编辑赛道";
        return View("Track", new TrackEditPage(contest.Id, await contests.TitleAsync(contest), form));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
