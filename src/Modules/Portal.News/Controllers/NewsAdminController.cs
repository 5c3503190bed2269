using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.News.Models;
using Portal.News.Services;
using Portal.News.Services.Word;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

[Route("admin/news")]
[RequirePermission(nameof(ContentsPermissions.EditOwnContent))]
public sealed class NewsAdminController(
    PortalDbContext db,
    ContentManager contents,
    ContentAuthorization authorization,
    ColumnTree columns) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? columnId, ContentStatus? status, string? owner, string? title, bool trash = false, int page = 1)
    {
        var filter = new ArticleAdminFilter(columnId, status, owner, title, trash, Math.Max(1, page));
        var items = trash ? contents.Items.IgnoreQueryFilters().Where(i => i.DeletedAt != null) : contents.Items;
        var query =
            from item in items
            join index in db.Set<ArticleIndex>() on item.Id equals index.ContentItemId
            select new { item, index };

        if (!await authorization.CanEditAllAsync(User))
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            query = query.Where(x => x.item.OwnerId == userId);
        }

        if (columnId is { } column)
        {
            var ids = await columns.SelfAndDescendantIdsAsync(column);
            query = query.Where(x => ids.Contains(x.index.ColumnId));
        }

        if (status is { } wanted)
        {
            query = query.Where(x => x.item.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(owner))
        {
            query = query.Where(x => x.item.OwnerName.Contains(owner.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            query = query.Where(x => x.index.Title.Contains(title.Trim()));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var rows = await query.OrderByDescending(x => x.item.ModifiedAt)
            .Page(filter.Page, PageSize)
            .Select(x => new { x.item, x.index.Title, x.index.ColumnId })
            .ToListAsync();
        var allColumns = await columns.FlattenAsync();
        var names = allColumns.ToDictionary(c => c.Column.Id, c => c.Column.Name);

        ViewData["Title"] = trash ? "回收站" : "文章与报告";
        return View(new ArticleAdminList(filter,
            rows.Select(r => new ArticleAdminRow(r.item.Id, r.item.ContentType, r.Title, names.GetValueOrDefault(r.ColumnId, "（栏目已删除）"),
                r.item.OwnerName, r.item.Status, r.item.HasPublishedVersion, r.item.ModifiedAt, r.item.PublishedAt, r.item.ScheduledPublishAt,
                r.item.DeletedAt, r.item.Slug)).ToList(),
            pageCount, allColumns));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(string type = ArticleTypes.Article)
    {
        var form = new ArticleEditModel { ContentType = ArticleTypes.IsKnown(type) ? type : ArticleTypes.Article };
        return await EditView(form, item: null);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(ArticleEditModel form)
    {
        if (await ValidateAsync(form) is { } invalid)
        {
            return invalid;
        }

        var created = await contents.CreateAsync(form.ContentType, ToDraft(form));
        if (!created.Succeeded)
        {
            ModelState.AddModelError("", created.Message!);
            return await EditView(form, item: null);
        }

        return await FollowCommandAsync(form, created.Item!, "已创建草稿。");
    }

    /// <summary>A .docx becomes a draft article with its pictures in the media library (从 Word 导入 on the list).</summary>
    [HttpPost("import")]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] WordImporter importer)
    {
        if (file is null || file.Length == 0)
        {
            TempData["Error"] = "请选择要导入的 Word 文档（.docx）。";
            return Redirect("/admin/news");
        }

        if (file.Length > WordPackageRules.MaxBytes)
        {
            TempData["Error"] = WordPackageRules.TooLarge;
            return Redirect("/admin/news");
        }

        using var package = new MemoryStream();
        await file.CopyToAsync(package, HttpContext.RequestAborted);
        package.Position = 0;
        var imported = await importer.ImportAsync(package, file.FileName, HttpContext.RequestAborted);
        if (imported.ItemId is not { } id)
        {
            TempData["Error"] = imported.Error;
            return Redirect("/admin/news");
        }

        TempData["Message"] = string.Join(" ", ["已从 Word 导入为草稿，请检查后保存或提交。", .. imported.Notes]);
        return Redirect($"/admin/news/{id}/edit");
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var item = await contents.FindAsync(id);
        if (item is null || !ArticleTypes.IsKnown(item.ContentType))
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, item))
        {
            return Forbid();
        }

        var latest = (await contents.GetLatestAsync(id))!;
        return await EditView(ToForm(item, latest), item);
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, ArticleEditModel form)
    {
        var item = await contents.FindAsync(id);
        if (item is null || !ArticleTypes.IsKnown(item.ContentType))
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, item))
        {
            return Forbid();
        }

        form.Id = id;
        form.ContentType = item.ContentType;
        if (await ValidateAsync(form, item) is { } invalid)
        {
            return invalid;
        }

        var saved = await contents.SaveDraftAsync(id, form.ConcurrencyStamp, ToDraft(form));
        if (saved.Kind == ContentOutcomeKind.Conflict)
        {
            ModelState.AddModelError("", saved.Message!);
            var current = saved.Item!;
            return await EditView(form, current, conflicting: await contents.GetLatestAsync(current.Id));
        }

        if (!saved.Succeeded)
        {
            ModelState.AddModelError("", saved.Message!);
            return saved.Kind == ContentOutcomeKind.NotFound ? NotFound() : await EditView(form, item);
        }

        return await FollowCommandAsync(form, saved.Item!, "已保存。");
    }

    [HttpPost("{id:long}/submit")]
    public async Task<IActionResult> Submit(long id, Guid concurrencyStamp)
    {
        var item = await contents.FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, item))
        {
            return Forbid();
        }

        return Done(id, await contents.SubmitAsync(id, concurrencyStamp), "已提交审核，等待编辑发布。");
    }

    [HttpPost("{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, Guid concurrencyStamp, DateTime? publishAt)
    {
        if (!await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        var result = await contents.PublishAsync(id, concurrencyStamp, publishAt is { } local ? ChinaTime.FromChinaTime(local) : null);
        return Done(id, result, result.Item?.Status == ContentStatus.Scheduled ? "已设置定时发布。" : "已发布。");
    }

    [HttpPost("{id:long}/unpublish")]
    public async Task<IActionResult> Unpublish(long id, Guid concurrencyStamp)
    {
        if (!await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        return Done(id, await contents.UnpublishAsync(id, concurrencyStamp), "已取消发布。");
    }

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, Guid concurrencyStamp)
    {
        if (!await authorization.CanDeleteAsync(User))
        {
            return Forbid();
        }

        var result = await contents.RemoveAsync(id, concurrencyStamp);
        if (!result.Succeeded)
        {
            return Done(id, result, "");
        }

        TempData["Message"] = "已移入回收站，可在回收站中恢复。";
        return Redirect("/admin/news");
    }

    [HttpPost("{id:long}/restore")]
    public async Task<IActionResult> Restore(long id)
    {
        if (!await authorization.CanDeleteAsync(User))
        {
            return Forbid();
        }

        return Done(id, await contents.RestoreAsync(id), "已从回收站恢复。");
    }

    [HttpGet("{id:long}/history")]
    public async Task<IActionResult> History(long id)
    {
        var item = await contents.FindAsync(id, includeDeleted: true);
        if (item is null || !ArticleTypes.IsKnown(item.ContentType))
        {
            return NotFound();
        }

        var canEdit = await authorization.CanEditAsync(User, item);
        if (!canEdit && item.OwnerId != User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return Forbid();
        }

        ViewData["Title"] = "修订历史";
        return View(new ArticleHistoryPage(item, await contents.GetHistoryAsync(id), canEdit && !item.IsDeleted));
    }

    [HttpGet("{id:long}/versions/{number:int}")]
    public async Task<IActionResult> Version(long id, int number)
    {
        var item = await contents.FindAsync(id, includeDeleted: true);
        if (item is null || !await authorization.CanEditAsync(User, item))
        {
            return item is null ? NotFound() : Forbid();
        }

        var version = await contents.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == id && v.Number == number);
        if (version is null)
        {
            return NotFound();
        }

        return await PreviewAsync(item, version);
    }

    [HttpPost("{id:long}/versions/{number:int}/restore")]
    public async Task<IActionResult> RestoreVersion(long id, int number, Guid concurrencyStamp)
    {
        var item = await contents.FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, item))
        {
            return Forbid();
        }

        return Done(id, await contents.RestoreVersionAsync(id, concurrencyStamp, number), $"已将第 {number} 版恢复为最新草稿。");
    }

    /// <summary>The latest draft, in the public layout, as readers would see it once published.</summary>
    [HttpGet("{id:long}/preview")]
    public async Task<IActionResult> Preview(long id)
    {
        var item = await contents.FindAsync(id);
        if (item is null || !ArticleTypes.IsKnown(item.ContentType))
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, item))
        {
            return Forbid();
        }

        return await PreviewAsync(item, (await contents.GetLatestAsync(id))!);
    }

    private async Task<IActionResult> PreviewAsync(ContentItem item, ContentVersion version)
    {
        var fields = ArticleFields.FromJson(version.Fields);
        var path = await columns.PathAsync(fields.ColumnId);
        ViewData["Title"] = $"预览：{version.Title}";
        ViewData["PreviewOf"] = version;
        return View("Preview", new ArticleViewModel(item.Id, version.Title, version.BodyHtml, fields.Source,
            item.PublishedAt ?? version.CreatedAt, item.ViewCount, path, null, null, IsPreview: true));
    }

    private async Task<IActionResult> FollowCommandAsync(ArticleEditModel form, ContentItem item, string savedMessage)
    {
        switch (form.Command)
        {
            case "submit":
                return Done(item.Id, await contents.SubmitAsync(item.Id, item.ConcurrencyStamp), "已保存并提交审核，等待编辑发布。");
            case "publish":
                var publishAt = form.PublishAt is { } local ? ChinaTime.FromChinaTime(local) : (DateTime?)null;
                var published = await contents.PublishAsync(item.Id, item.ConcurrencyStamp, publishAt);
                return Done(item.Id, published, published.Item?.Status == ContentStatus.Scheduled ? "已保存并设置定时发布。" : "已保存并发布。");
            default:
                TempData["Message"] = savedMessage;
                return Redirect($"/admin/news/{item.Id}/edit");
        }
    }

    private IActionResult Done(long id, ContentOutcome result, string message)
    {
        if (result.Kind == ContentOutcomeKind.NotFound)
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

        return Redirect($"/admin/news/{id}/edit");
    }

    /// <summary>Checks the form; returns the form page again with messages when it is not acceptable.</summary>
    private async Task<IActionResult?> ValidateAsync(ArticleEditModel form, ContentItem? item = null)
    {
        if (!ArticleTypes.IsKnown(form.ContentType))
        {
            ModelState.AddModelError(nameof(form.ContentType), "未知的内容类型。");
        }

        if (form.ColumnId > 0 && await columns.FindAsync(form.ColumnId) is null)
        {
            ModelState.AddModelError(nameof(form.ColumnId), "所选栏目不存在，请重新选择。");
        }

        if (!string.IsNullOrWhiteSpace(form.Slug) && Portal.Contents.Rules.SlugRules.Validate(form.Slug.Trim()) is { } slugError)
        {
            ModelState.AddModelError(nameof(form.Slug), slugError);
        }

        if (form.Command == "publish" && !await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        return ModelState.IsValid ? null : await EditView(form, item);
    }

    private async Task<IActionResult> EditView(ArticleEditModel form, ContentItem? item, ContentVersion? conflicting = null)
    {
        ViewData["Title"] = item is null ? $"新建{ArticleTypes.DisplayNames.GetValueOrDefault(form.ContentType, "文章")}" : "编辑";
        if (conflicting is not null && item is not null)
        {
            // The editor's text stays in the form; only the stamp moves on, so a second save is a deliberate overwrite.
            ModelState.Remove(nameof(form.ConcurrencyStamp));
            form.ConcurrencyStamp = item.ConcurrencyStamp;
        }

        return View("Edit", new ArticleEditPage(form, item, await columns.FlattenAsync(),
            await authorization.CanPublishAsync(User), await authorization.CanDeleteAsync(User), conflicting));
    }

    private static ContentDraft ToDraft(ArticleEditModel form) => new(
        form.Title,
        form.Body ?? "",
        form.Summary,
        new ArticleFields(form.ColumnId, string.IsNullOrWhiteSpace(form.Source) ? null : form.Source.Trim(), form.Featured).ToJson(),
        form.Slug,
        form.DisplayDate is { } date ? ChinaTime.FromChinaTime(date.Date) : null);

    private static ArticleEditModel ToForm(ContentItem item, ContentVersion latest)
    {
        var fields = ArticleFields.FromJson(latest.Fields);
        return new ArticleEditModel
        {
            Id = item.Id,
            ConcurrencyStamp = item.ConcurrencyStamp,
            ContentType = item.ContentType,
            Title = latest.Title,
            Slug = item.Slug,
            ColumnId = fields.ColumnId,
            Source = fields.Source,
            Featured = fields.Featured,
            Summary = latest.Summary,
            Body = latest.BodyMarkdown,
            DisplayDate = item.PublishedAt?.ToChinaTime().Date,
        };
    }
}
