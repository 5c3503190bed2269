using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.Services;
using Portal.Contests.ViewModels;
using Portal.Core.Files;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Contests.Controllers;

/// <summary>
/// 我的作品: an author's entries in the public theme. Signed in, with the right to enter; every entry is checked to be the
/// user's own on the server, and someone else's id answers 404.
/// </summary>
[Route("my/entries")]
[RequirePermission(nameof(ContestsPermissions.SubmitEntries))]
public sealed class MyEntriesController(EntryService entries, ContestQueries contests, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = await entries.Entries.AsNoTracking().Where(e => e.AuthorId == userId).OrderByDescending(e => e.ModifiedAt).ToListAsync();
        var headings = (await contests.AllAsync()).ToDictionary(c => c.Id);
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var byId = new Dictionary<long, Contest>();
        foreach (var contestId in mine.Select(e => e.ContestId).Distinct())
        {
            byId[contestId] = (await contests.FindAsync(contestId))!;
        }

        var rows = mine.Select(entry =>
        {
            var contest = byId[entry.ContestId];
            return new MyEntryRow(entry, headings[contest.Id].Title, contest.Tracks.Single(t => t.Id == entry.TrackId).Name,
                ContestPhaseRules.AcceptsEntries(contest, Now));
        }).ToList();

        var open = new List<OpenTrack>();
        foreach (var heading in await contests.PublishedAsync())
        {
            var contest = (await contests.FindAsync(heading.Id))!;
            if (ContestPhaseRules.AcceptsEntries(contest, Now) && EntryRules.MayEnter(roles, contest))
            {
                open.AddRange(contest.Tracks.Select(t => new OpenTrack(heading.Title, heading.Slug, t, contest.ClosesAt)));
            }
        }

        ViewData["Title"] = "我的作品";
        return View(new MyEntriesPage(rows, open));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int trackId)
    {
        var found = await contests.FindTrackAsync(trackId);
        if (found is not { } pair)
        {
            return NotFound();
        }

        if (!EntryRules.MayEnter(User.FindAll(ClaimTypes.Role).Select(c => c.Value), pair.Contest))
        {
            return Forbid();
        }

        return await FormView(new EntryForm { TrackId = trackId, ClientToken = Guid.NewGuid() }, entry: null);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id)
    {
        var entry = await entries.FindOwnAsync(id);
        return entry is null ? NotFound() : await FormView(ToForm(entry), entry);
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(EntryForm form)
    {
        var submit = form.Command == "submit";
        var outcome = await entries.SaveAsync(form, submit);
        switch (outcome.Kind)
        {
            case EntryOutcomeKind.NotFound:
                return NotFound();
            case EntryOutcomeKind.Forbidden:
                return Forbid();
            case EntryOutcomeKind.Invalid:
                return await FormView(form, outcome.Entry, outcome.Messages);
        }

        var entry = outcome.Entry!;
        TempData["Notice"] = string.Join(" ", outcome.Messages);
        return Redirect(submit && entry.Status == EntryStatus.Submitted ? $"/my/entries/{entry.Id}/receipt" : $"/my/entries/{entry.Id}");
    }

    /// <summary>The autosave script's post: keeps the draft on the server, answers JSON.</summary>
    [HttpPost("autosave")]
    public async Task<IActionResult> Autosave(EntryForm form)
    {
        var stored = form.Id is { } id ? await entries.FindOwnAsync(id) : null;
        if (stored is { Status: EntryStatus.Submitted })
        {
            return Json(new { saved = false, id = stored.Id, message = "作品已提交，修改请点击“保存修改”。" });
        }

        var outcome = await entries.SaveAsync(form, submit: false);
        return outcome.Kind switch
        {
            EntryOutcomeKind.NotFound => NotFound(),
            EntryOutcomeKind.Forbidden => Forbid(),
            _ => Json(new
            {
                saved = outcome.Saved,
                id = outcome.Entry?.Id,
                savedAt = outcome.Entry?.ModifiedAt.ToChinaTime().ToString("HH:mm:ss"),
                message = string.Join(" ", outcome.Messages),
            }),
        };
    }

    [HttpPost("{id:long}/withdraw")]
    public async Task<IActionResult> Withdraw(long id) => Done(id, await entries.WithdrawAsync(id));

    [HttpPost("{id:long}/attachments")]
    [RequestSizeLimit(12 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
    public async Task<IActionResult> Upload(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            TempData["Error"] = "请选择要上传的文件。";
            return Redirect($"/my/entries/{id}");
        }

        await using var content = file.OpenReadStream();
        return Done(id, await entries.AddAttachmentAsync(id, content, file.FileName, cancellationToken));
    }

    [HttpPost("{id:long}/attachments/{attachmentId:long}/delete")]
    public async Task<IActionResult> DeleteAttachment(long id, long attachmentId) => Done(id, await entries.RemoveAttachmentAsync(id, attachmentId));

    [HttpGet("{id:long}/receipt")]
    public async Task<IActionResult> Receipt(long id)
    {
        var entry = await entries.FindOwnAsync(id);
        if (entry is null || entry.ReceiptNumber is null)
        {
            return NotFound();
        }

        var contest = (await contests.FindAsync(entry.ContestId))!;
        ViewData["Title"] = "提交回执";
        return View(new ReceiptPage(entry, await contests.TitleAsync(contest), contest.Tracks.Single(t => t.Id == entry.TrackId).Name, contest.ClosesAt));
    }

    private IActionResult Done(long id, EntryOutcome outcome)
    {
        if (outcome.Kind == EntryOutcomeKind.NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "Notice" : "Error"] = string.Join(" ", outcome.Messages);
        return Redirect($"/my/entries/{id}");
    }

    private async Task<IActionResult> FormView(EntryForm form, ContestEntry? entry, IReadOnlyList<string>? errors = null)
    {
        var found = await contests.FindTrackAsync(entry?.TrackId ?? form.TrackId);
        if (found is not { } pair)
        {
            return NotFound();
        }

        if (entry is not null)
        {
            // Attachments are listed from the stored entry, whatever the form carried.
            entry = await entries.FindOwnAsync(entry.Id);
            form.Id = entry!.Id;
            form.TrackId = entry.TrackId;
        }

        var notices = TempData["Notice"] is string notice ? new[] { notice } : [];
        var allErrors = (errors ?? []).Concat(TempData["Error"] is string error ? [error] : Array.Empty<string>()).ToList();
        ViewData["Title"] = entry is null ? $"撰写{pair.Track.Name}" : entry.Title.Length > 0 ? entry.Title : $"撰写{pair.Track.Name}";
        return View("Edit", new EntryPage(form, await contests.TitleAsync(pair.Contest), await contests.SlugAsync(pair.Contest) ?? "", pair.Contest, pair.Track,
            entry, ContestPhaseRules.PhaseAt(pair.Contest, Now), allErrors, notices));
    }

    private static EntryForm ToForm(ContestEntry entry) => new()
    {
        Id = entry.Id,
        ClientToken = entry.ClientToken,
        TrackId = entry.TrackId,
        Title = entry.Title,
        Unit = entry.Unit,
        Body = entry.Body,
        Problem = entry.Problem,
        Suggestion = entry.Suggestion,
        ExpectedEffect = entry.ExpectedEffect,
        AllowPublication = entry.AllowPublication,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
