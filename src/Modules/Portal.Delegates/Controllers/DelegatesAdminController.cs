using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

[Route("admin/delegates")]
[RequirePermission(nameof(DelegatesPermissions.ManageDelegates))]
public sealed class DelegatesAdminController(
    PortalDbContext db,
    ContentManager contents,
    ContentAuthorization authorization,
    DelegateProfileEditor editor,
    ProfileFormHandler handler,
    DelegateAccounts accounts,
    DelegateDirectory directory,
    PublicPages publicPages,
    IAuditLog audit) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, ContentStatus? status, int page = 1)
    {
        var query =
            from index in db.Set<DelegateIndex>()
            join item in contents.Items on index.ContentItemId equals item.Id
            select new { index, item };
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(x => x.index.Name.Contains(q.Trim()));
        }

        if (status is { } wanted)
        {
            query = query.Where(x => x.item.Status == wanted);
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(x => x.item.Status == ContentStatus.PendingReview ? 0 : 1).ThenBy(x => x.index.SortRank).ThenBy(x => x.index.Name)
            .Page(page, PageSize)
            .Select(x => new DelegateAdminRow(x.item.Id, x.index.Name, x.item.Slug, x.item.Status, x.index.IsPublic, x.index.Level, x.index.Delegation,
                db.Set<VoterContact>().Count(c => c.ContentItemId == x.item.Id && c.Review == ReviewStatus.Pending)))
            .ToListAsync();
        ViewData["Title"] = "代表资料";
        return View(new DelegateAdminList(q, status, rows, page, pageCount));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        await EditView(new ProfileForm { Mandates = [new MandateForm()] }, item: null, photoId: null);

    [HttpPost("create")]
    public async Task<IActionResult> Create(ProfileForm form)
    {
        if (form.Command == "publish" && !await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        var outcome = await handler.SaveAsync(form, id: null, current: null, ModelState);
        if (outcome is null || !outcome.Succeeded)
        {
            if (outcome is not null)
            {
                ModelState.AddModelError("", outcome.Message!);
            }

            return await EditView(form, item: null, photoId: null);
        }

        return await AfterSaveAsync(form, outcome.Item!, "已创建代表资料（草稿）。");
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var item = await FindAsync(id);
        var current = item is null ? null : await editor.LatestAsync(id);
        if (item is null || current is null)
        {
            return NotFound();
        }

        return await EditView(ProfileForm.From(current, item.ConcurrencyStamp, await accounts.UserNameOfAsync(id)), item, current.Fields.PhotoId);
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, ProfileForm form)
    {
        var item = await FindAsync(id);
        var current = item is null ? null : await editor.LatestAsync(id);
        if (item is null || current is null)
        {
            return NotFound();
        }

        if (form.Command == "publish" && !await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        var outcome = await handler.SaveAsync(form, id, current, ModelState);
        if (outcome is null || !outcome.Succeeded)
        {
            if (outcome?.Kind == ContentOutcomeKind.NotFound)
            {
                return NotFound();
            }

            if (outcome is not null)
            {
                ModelState.AddModelError("", outcome.Message!);
                if (outcome.Kind == ContentOutcomeKind.Conflict)
                {
                    // The editor's text stays in the form; only the stamp moves on, so a second save is a deliberate overwrite.
                    ModelState.Remove(nameof(form.ConcurrencyStamp));
                    form.ConcurrencyStamp = outcome.Item!.ConcurrencyStamp;
                }
            }

            return await EditView(form, await FindAsync(id), current.Fields.PhotoId);
        }

        return await AfterSaveAsync(form, outcome.Item!, "已保存。");
    }

    [HttpPost("{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, Guid concurrencyStamp)
    {
        if (!await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        return await DoneAsync(id, await contents.PublishAsync(id, concurrencyStamp), "已发布，公众现在可以看到最新资料。");
    }

    [HttpPost("{id:long}/unpublish")]
    public async Task<IActionResult> Unpublish(long id, Guid concurrencyStamp)
    {
        if (!await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        return await DoneAsync(id, await contents.UnpublishAsync(id, concurrencyStamp), "已取消发布。");
    }

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, Guid concurrencyStamp)
    {
        if (!await authorization.CanDeleteAsync(User))
        {
            return Forbid();
        }

        if (await FindAsync(id) is null)
        {
            return NotFound();
        }

        var result = await contents.RemoveAsync(id, concurrencyStamp);
        if (!result.Succeeded)
        {
            return await DoneAsync(id, result, "");
        }

        TempData["Message"] = "代表资料已移入回收站。";
        return Redirect("/admin/delegates");
    }

    [HttpGet("{id:long}/history")]
    public async Task<IActionResult> History(long id)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "修订历史";
        return View(new ProfileHistoryPage(item, await contents.GetHistoryAsync(id)));
    }

    [HttpPost("{id:long}/versions/{number:int}/restore")]
    public async Task<IActionResult> RestoreVersion(long id, int number, Guid concurrencyStamp)
    {
        if (await FindAsync(id) is null)
        {
            return NotFound();
        }

        return await DoneAsync(id, await contents.RestoreVersionAsync(id, concurrencyStamp, number), $"已将第 {number} 版恢复为最新草稿。");
    }

    /// <summary>The latest draft as the public page will show it once published.</summary>
    [HttpGet("{id:long}/preview")]
    public async Task<IActionResult> Preview(long id)
    {
        var item = await FindAsync(id);
        var latest = item is null ? null : await contents.GetLatestAsync(id);
        if (item is null || latest is null)
        {
            return NotFound();
        }

        ViewData["Title"] = $"预览：{latest.Title}";
        ViewData["PreviewOf"] = latest;
        return View("Preview", await directory.ProfilePageAsync(id, item.Slug, latest.Title, latest.BodyHtml, latest.Fields, isPreview: true));
    }

    [HttpPost("{id:long}/links")]
    public async Task<IActionResult> AddLink(long id, int liaisonPointId, DateOnly? start)
    {
        if (await FindAsync(id) is null)
        {
            return NotFound();
        }

        var point = await db.Set<LiaisonPoint>().FindAsync(liaisonPointId);
        var linked = await db.Set<LiaisonLink>().AnyAsync(l => l.ContentItemId == id && l.LiaisonPointId == liaisonPointId && l.End == null);
        var errors = LiaisonLinkRules.ValidateNew(start, point is not null, linked);
        if (errors.Count > 0)
        {
            TempData["Error"] = string.Join(" ", errors);
            return Redirect($"/admin/delegates/{id}/edit#links");
        }

        db.Add(new LiaisonLink { ContentItemId = id, LiaisonPointId = liaisonPointId, Start = start!.Value });
        audit.Record("添加联系点", "代表", id.ToString(), $"联系 {point!.Name}，自 {start:yyyy-MM-dd} 起");
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = $"已添加联系点“{point.Name}”。";
        return Redirect($"/admin/delegates/{id}/edit#links");
    }

    [HttpPost("{id:long}/links/{linkId:int}/end")]
    public async Task<IActionResult> EndLink(long id, int linkId, DateOnly? end)
    {
        var link = await db.Set<LiaisonLink>().Include(l => l.LiaisonPoint).FirstOrDefaultAsync(l => l.Id == linkId && l.ContentItemId == id);
        if (link is null)
        {
            return NotFound();
        }

        if (LiaisonLinkRules.ValidateEnd(link.Start, end) is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/admin/delegates/{id}/edit#links");
        }

        link.End = end;
        audit.Record("结束联系点", "代表", id.ToString(), $"{link.LiaisonPoint!.Name} 于 {end:yyyy-MM-dd} 结束");
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = $"联系点“{link.LiaisonPoint.Name}”已结束。";
        return Redirect($"/admin/delegates/{id}/edit#links");
    }

    [HttpPost("{id:long}/links/{linkId:int}/delete")]
    public async Task<IActionResult> DeleteLink(long id, int linkId)
    {
        var link = await db.Set<LiaisonLink>().Include(l => l.LiaisonPoint).FirstOrDefaultAsync(l => l.Id == linkId && l.ContentItemId == id);
        if (link is null)
        {
            return NotFound();
        }

        db.Remove(link);
        audit.Record("删除联系点", "代表", id.ToString(), $"删除与 {link.LiaisonPoint!.Name} 的联系（录入有误）");
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = $"已删除与“{link.LiaisonPoint.Name}”的联系。";
        return Redirect($"/admin/delegates/{id}/edit#links");
    }

    private async Task<IActionResult> AfterSaveAsync(ProfileForm form, ContentItem item, string savedMessage)
    {
        if (await accounts.LinkAsync(item.Id, form.AccountUserName) is { } refusal)
        {
            TempData["Error"] = $"资料已保存，但账号未关联：{refusal}";
            return Redirect($"/admin/delegates/{item.Id}/edit");
        }

        await db.SaveChangesAsync();
        return form.Command switch
        {
            "publish" => await DoneAsync(item.Id, await contents.PublishAsync(item.Id, item.ConcurrencyStamp), "已保存并发布。"),
            _ => await DoneAsync(item.Id, ContentOutcome.Ok(item), savedMessage),
        };
    }

    private async Task<IActionResult> DoneAsync(long id, ContentOutcome result, string message)
    {
        if (result.Kind == ContentOutcomeKind.NotFound || await FindAsync(id) is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = message;
        }
        else
        {
            TempData["Error"] = result.Message;
        }

        return Redirect($"/admin/delegates/{id}/edit");
    }

    private async Task<ContentItem?> FindAsync(long id)
    {
        var item = await contents.FindAsync(id);
        return item?.ContentType == DelegateTypes.Profile ? item : null;
    }

    private async Task<IActionResult> EditView(ProfileForm form, ContentItem? item, Guid? photoId)
    {
        ViewData["Title"] = item is null ? "新建代表资料" : "编辑代表资料";
        while (form.Mandates.Count(m => m.IsBlank) < 1)
        {
            form.Mandates.Add(new MandateForm());
        }

        var links = item is null
            ? []
            : await db.Set<LiaisonLink>().Where(l => l.ContentItemId == item.Id).OrderBy(l => l.End != null).ThenByDescending(l => l.Start)
                .Select(l => new LinkRow(l.Id, l.LiaisonPoint!.Name, l.LiaisonPoint.Slug, l.LiaisonPoint.Type, l.Start, l.End)).ToListAsync();
        var points = await db.Set<LiaisonPoint>().AsNoTracking().OrderBy(p => p.Type).ThenBy(p => p.Name).ToListAsync();
        var action = item is null ? "/admin/delegates/create" : $"/admin/delegates/{item.Id}/edit";
        return View("Edit", new ProfileEditPage(new ProfileFormView(form, action, Official: true, photoId, item),
            await authorization.CanPublishAsync(User), await authorization.CanDeleteAsync(User), links, points));
    }
}
