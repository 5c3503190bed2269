using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Services;
using Portal.Contests.ViewModels;

namespace Portal.Contests.Controllers;

/// <summary>The public contest pages: the list, a contest's notice with its live status, the results and the winners' texts.</summary>
public sealed class ContestsController(ContestQueries contests, ResultsService results, EntryService entries, TimeProvider clock) : Controller
{
    [HttpGet("contests")]
    [HttpHead("contests")]
    [OutputCache(PolicyName = ContestsModule.ContestPagePolicy)]
    public async Task<IActionResult> Index()
    {
        var now = Now;
        var list = (await contests.PublishedAsync())
            .Select(c => (c, ContestPhaseRules.PhaseAt(c.OpensAt, c.ClosesAt, c.ResultsPublished, now)))
            .OrderBy(x => x.Item2 == ContestPhase.Open ? 0 : 1).ToList();
        ViewData["Title"] = "征文活动";
        return View(new ContestListPage(list));
    }

    [HttpGet("contests/{slug}")]
    [HttpHead("contests/{slug}")]
    [OutputCache(PolicyName = ContestsModule.ContestPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var notice = await contests.FindPublishedAsync(slug);
        if (notice is null)
        {
            return NotFound();
        }

        ViewData["Title"] = notice.Title;
        ViewData["Description"] = notice.Theme;
        return View(new ContestPage(notice, ContestPhaseRules.PhaseAt(notice.Contest, Now)));
    }

    [HttpGet("contests/{slug}/results")]
    [HttpHead("contests/{slug}/results")]
    [OutputCache(PolicyName = ContestsModule.ContestPagePolicy)]
    public async Task<IActionResult> Results(string slug)
    {
        var notice = await contests.FindPublishedAsync(slug);
        if (notice is null || !notice.Contest.ResultsPublished)
        {
            return NotFound();
        }

        ViewData["Title"] = $"评选结果：{notice.Title}";
        return View(new ResultsPage(notice, await results.WinnersAsync(notice.Contest)));
    }

    [HttpGet("contests/{slug}/winners/{id:long}")]
    [HttpHead("contests/{slug}/winners/{id:long}")]
    [OutputCache(PolicyName = ContestsModule.ContestPagePolicy)]
    public async Task<IActionResult> Winner(string slug, long id)
    {
        var notice = await contests.FindPublishedAsync(slug);
        var entry = notice is { Contest.ResultsPublished: true }
            ? await entries.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ContestId == notice.Contest.Id
                && e.Status == EntryStatus.Submitted && e.Award != null && e.AllowPublication)
            : null;
        if (notice is null || entry is null)
        {
            return NotFound();
        }

        ViewData["Title"] = entry.Title;
        return View(new WinnerPage(notice, notice.Contest.Tracks.Single(t => t.Id == entry.TrackId), entry));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
