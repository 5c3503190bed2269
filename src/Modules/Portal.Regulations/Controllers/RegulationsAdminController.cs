using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Rules;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Security;
using Portal.Regulations.Models;
using Portal.Regulations.Rules;
using Portal.Regulations.ViewModels;

namespace Portal.Regulations.Controllers;

/// <summary>Editors keep the library current: documents through the content engine, originals through the file store.</summary>
[Route("admin/regulations")]
[RequirePermission(nameof(RegulationsPermissions.ManageRegulations))]
public sealed class RegulationsAdminController(PortalDbContext db, ContentManager contents, IFileStore files) : Controller
{
    public static readonly UploadPolicy Originals = new(new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx }, 20 * 1024 * 1024);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? title)
    {
        var wanted = Enum.TryParse<RegulationKind>(kind, out var k) && Enum.IsDefined(k) ? k : (RegulationKind?)null;
        var query = from item in contents.Items
                    join row in db.Set<RegulationIndex>() on item.Id equals row.ContentItemId
                    select new { item, row };
        if (wanted is { } w)
        {
            query = query.Where(x => x.row.Kind == w);
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            query = query.Where(x => x.row.Title.Contains(title.Trim()));
        }

        var rows = await query.OrderBy(x => x.row.Kind).ThenByDescending(x => x.item.ModifiedAt)
            .Select(x => new RegulationAdminRow(x.item.Id, x.row.Title, x.row.Kind, x.row.DocumentNumber, x.item.Status, x.item.HasPublishedVersion, x.item.ModifiedAt, x.item.Slug))
            .ToListAsync();
        ViewData["Title"] = "规章制度";
        return View(new RegulationAdminList(wanted, title, rows));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await EditView(new RegulationEditModel(), null, []);

    [HttpPost("create")]
    public async Task<IActionResult> Create(RegulationEditModel form)
    {
        form.Id = null;
        var (attachments, refusal) = await PrepareAsync(form, null, []);
        if (refusal is not null)
        {
            return refusal;
        }

        var created = await contents.CreateAsync(RegulationTypes.Regulation, ToDraft(form, attachments));
        if (!created.Succeeded)
        {
            DeleteNew(attachments, []);
            ModelState.AddModelError("", created.Message!);
            return await EditView(form, null, []);
        }

        return await FollowCommandAsync(form, created.Item!, "已创建草稿。");
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        var latest = (await contents.GetLatestAsync(id))!;
        var fields = RegulationFields.FromJson(latest.Fields);
        return await EditView(ToForm(item, latest, fields), item, fields.Attachments);
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, RegulationEditModel form)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        form.Id = id;
        var current = RegulationFields.FromJson((await contents.GetLatestAsync(id))!.Fields).Attachments;
        var (attachments, refusal) = await PrepareAsync(form, item, current);
        if (refusal is not null)
        {
            return refusal;
        }

        var saved = await contents.SaveDraftAsync(id, form.ConcurrencyStamp, ToDraft(form, attachments));
        if (!saved.Succeeded)
        {
            DeleteNew(attachments, current);
            if (saved.Kind == ContentOutcomeKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddModelError("", saved.Message!);
            var conflicting = saved.Kind == ContentOutcomeKind.Conflict ? await contents.GetLatestAsync(id) : null;
            return await EditView(form, saved.Item ?? item, current, conflicting);
        }

        return await FollowCommandAsync(form, saved.Item!, "已保存。");
    }

    [HttpPost("{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, Guid concurrencyStamp) =>
        await FindAsync(id) is null ? NotFound() : Done(id, await contents.PublishAsync(id, concurrencyStamp), "已发布。");

    [HttpPost("{id:long}/unpublish")]
    public async Task<IActionResult> Unpublish(long id, Guid concurrencyStamp) =>
        await FindAsync(id) is null ? NotFound() : Done(id, await contents.UnpublishAsync(id, concurrencyStamp), "已取消发布。");

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, Guid concurrencyStamp)
    {
        if (await FindAsync(id) is null)
        {
            return NotFound();
        }

        var result = await contents.RemoveAsync(id, concurrencyStamp);
        if (!result.Succeeded)
        {
            return Done(id, result, "");
        }

        TempData["Message"] = "已移入回收站。";
        return Redirect("/admin/regulations");
    }

    private async Task<ContentItem?> FindAsync(long id)
    {
        var item = await contents.FindAsync(id);
        return item?.ContentType == RegulationTypes.Regulation ? item : null;
    }

    /// <summary>Checks the form and stores an uploaded original; returns the originals the new version keeps, or the form page again.</summary>
    private async Task<(IReadOnlyList<RegulationAttachment> Attachments, IActionResult? Refusal)> PrepareAsync(
        RegulationEditModel form, ContentItem? item, IReadOnlyList<RegulationAttachment> current)
    {
        var existing = (await db.Set<RegulationIndex>().Select(r => r.ContentItemId).ToListAsync()).ToHashSet();
        foreach (var (field, message) in RegulationFormRules.Validate(form.Id, form.AdoptedOn, form.PublishedOn, form.EffectiveOn, form.AmendsIds, form.RepealsIds, existing))
        {
            ModelState.AddModelError(field, message);
        }

        if (!string.IsNullOrWhiteSpace(form.Slug) && SlugRules.Validate(form.Slug.Trim()) is { } slugError)
        {
            ModelState.AddModelError(nameof(form.Slug), slugError);
        }

        if (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.Validity))
        {
            ModelState.AddModelError(nameof(form.Kind), "请选择类别和时效性。");
        }

        var kept = current.Where(a => !form.RemoveAttachments.Contains(a.Key)).ToList();
        if (ModelState.IsValid && form.Upload is { Length: > 0 } upload)
        {
            await using var stream = upload.OpenReadStream();
            var stored = await files.SaveAsync(stream, "regulations", Originals, HttpContext.RequestAborted);
            if (stored.Succeeded)
            {
                kept.Add(new RegulationAttachment(stored.File!.Key, stored.File.Kind, DownloadName(upload.FileName, form.Title, stored.File.Kind), stored.File.Length));
            }
            else
            {
                ModelState.AddModelError(nameof(form.Upload), stored.Error!);
            }
        }

        return ModelState.IsValid ? (kept, null) : ([], await EditView(form, item, current));
    }

    /// <summary>The uploader's file name without any folder, or the title, always with the extension of what the file really is.</summary>
    private static string DownloadName(string uploaded, string title, FileKind kind)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded.Replace('\\', '/')));
        return (string.IsNullOrWhiteSpace(name) ? title.Trim() : name.Trim()) + kind.Extension();
    }

    /// <summary>A refused save must not leave behind the original it just stored.</summary>
    private void DeleteNew(IReadOnlyList<RegulationAttachment> attachments, IReadOnlyList<RegulationAttachment> current)
    {
        foreach (var attachment in attachments.Where(a => current.All(c => c.Key != a.Key)))
        {
            files.Delete(attachment.Key);
        }
    }

    private async Task<IActionResult> FollowCommandAsync(RegulationEditModel form, ContentItem item, string savedMessage)
    {
        if (form.Command == "publish")
        {
            return Done(item.Id, await contents.PublishAsync(item.Id, item.ConcurrencyStamp), "已保存并发布。");
        }

        TempData["Message"] = savedMessage;
        return Redirect($"/admin/regulations/{item.Id}/edit");
    }

    private IActionResult Done(long id, ContentOutcome result, string message)
    {
        if (result.Kind == ContentOutcomeKind.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded ? message : result.Message;
        return Redirect($"/admin/regulations/{id}/edit");
    }

    private async Task<IActionResult> EditView(RegulationEditModel form, ContentItem? item, IReadOnlyList<RegulationAttachment> attachments, ContentVersion? conflicting = null)
    {
        ViewData["Title"] = item is null ? "新建文件" : "编辑文件";
        if (conflicting is not null && item is not null)
        {
            // The editor's text stays in the form; only the stamp moves on, so a second save is a deliberate overwrite.
            ModelState.Remove(nameof(form.ConcurrencyStamp));
            form.ConcurrencyStamp = item.ConcurrencyStamp;
        }

        var others = await db.Set<RegulationIndex>().AsNoTracking()
            .Where(r => r.ContentItemId != (form.Id ?? 0))
            .OrderBy(r => r.Kind).ThenBy(r => r.Title)
            .Select(r => new RegulationChoice(r.ContentItemId, r.Title, r.Kind))
            .ToListAsync();
        return View("Edit", new RegulationEditPage(form, item, attachments, others, Originals.Describe(), conflicting));
    }

    private static ContentDraft ToDraft(RegulationEditModel form, IReadOnlyList<RegulationAttachment> attachments) => new(
        form.Title,
        form.Body ?? "",
        null,
        new RegulationFields(form.Kind, Trim(form.DocumentNumber), Trim(form.IssuingBody), form.AdoptedOn, form.PublishedOn, form.EffectiveOn,
            form.Validity, form.IsNew, form.SortOrder,
            [.. form.AmendsIds.Distinct().Select(id => new RegulationChange(id, ChangeKind.Amends)), .. form.RepealsIds.Distinct().Select(id => new RegulationChange(id, ChangeKind.Repeals))],
            attachments).ToJson(),
        form.Slug);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RegulationEditModel ToForm(ContentItem item, ContentVersion latest, RegulationFields fields) => new()
    {
        Id = item.Id,
        ConcurrencyStamp = item.ConcurrencyStamp,
        Title = latest.Title,
        Slug = item.Slug,
        Kind = fields.Kind,
        DocumentNumber = fields.DocumentNumber,
        IssuingBody = fields.IssuingBody,
        AdoptedOn = fields.AdoptedOn,
        PublishedOn = fields.PublishedOn,
        EffectiveOn = fields.EffectiveOn,
        Validity = fields.Validity,
        IsNew = fields.IsNew,
        SortOrder = fields.SortOrder,
        Body = latest.BodyMarkdown,
        AmendsIds = [.. fields.Changes.Where(c => c.Kind == ChangeKind.Amends).Select(c => c.TargetId)],
        RepealsIds = [.. fields.Changes.Where(c => c.Kind == ChangeKind.Repeals).Select(c => c.TargetId)],
    };
}
