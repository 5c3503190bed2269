using Microsoft.EntityFrameworkCore;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Contents.Rules;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Contents.Services;

/// <summary>
/// The content engine: every change to a content item goes through here, so that versions, routes,
/// sanitizing, concurrency, audit and lifecycle events are the same for every content type.
/// </summary>
public sealed class ContentManager(
    PortalDbContext db,
    IEnumerable<IContentHandler> handlers,
    MarkdownRenderer renderer,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private const string AuditEntityType = "内容";

    public IQueryable<ContentItem> Items => db.Set<ContentItem>();

    public IQueryable<ContentVersion> Versions => db.Set<ContentVersion>();

    public Task<ContentItem?> FindAsync(long id, bool includeDeleted = false)
    {
        var items = includeDeleted ? Items.IgnoreQueryFilters() : Items;
        return items.FirstOrDefaultAsync(i => i.Id == id);
    }

    public Task<ContentVersion?> GetLatestAsync(long id) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == id && v.IsLatest);

    public Task<ContentVersion?> GetPublishedAsync(long id) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == id && v.IsPublished);

    public Task<List<ContentVersion>> GetHistoryAsync(long id) =>
        Versions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.Number).ToListAsync();

    public async Task<ContentOutcome> CreateAsync(string contentType, ContentDraft draft)
    {
        if (ContentDraftRules.Validate(draft) is { Count: > 0 } errors)
        {
            return ContentOutcome.Invalid(string.Join(" ", errors));
        }

        var now = Now;
        var baseSlug = string.IsNullOrWhiteSpace(draft.Slug)
            ? SlugRules.FromTitle(draft.Title, contentType, (draft.PublishedAt ?? now).ToChinaTime())
            : draft.Slug.Trim();
        if (!string.IsNullOrWhiteSpace(draft.Slug) && await SlugTakenAsync(baseSlug, exceptId: null))
        {
            return ContentOutcome.Invalid($"网址标识 “{baseSlug}” 已被其他内容使用，请换一个。");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateWithSlugAsync(contentType, draft, SlugRules.MakeUnique(baseSlug, await SlugsLikeAsync(baseSlug)));
            }
            catch (DbUpdateException) when (attempt < 3 && string.IsNullOrWhiteSpace(draft.Slug))
            {
                // Another item took the same route between our check and our insert: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<ContentOutcome> CreateWithSlugAsync(string contentType, ContentDraft draft, string slug)
    {
        var now = Now;
        var item = new ContentItem
        {
            ContentType = contentType,
            Slug = slug,
            OwnerId = user.Id ?? "",
            OwnerName = user.Name,
            Status = ContentStatus.Draft,
            CreatedAt = now,
            ModifiedAt = now,
            PublishedAt = draft.PublishedAt,
        };
        var version = NewVersion(draft, 1, now);
        item.Versions.Add(version);
        db.Add(item);

        await CommitAsync(ContentEvent.Created, item, version, published: null, "创建", $"{contentType}《{draft.Title.Trim()}》");
        return ContentOutcome.Ok(item);
    }

    public async Task<ContentOutcome> SaveDraftAsync(long id, Guid stamp, ContentDraft draft)
    {
        if (ContentDraftRules.Validate(draft) is { Count: > 0 } errors)
        {
            return ContentOutcome.Invalid(string.Join(" ", errors));
        }

        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        if (!string.IsNullOrWhiteSpace(draft.Slug) && draft.Slug.Trim() != item.Slug)
        {
            if (await SlugTakenAsync(draft.Slug.Trim(), item.Id))
            {
                return ContentOutcome.Invalid($"网址标识 “{draft.Slug.Trim()}” 已被其他内容使用，请换一个。", item);
            }

            item.Slug = draft.Slug.Trim();
        }

        var latest = await Versions.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        latest.IsLatest = false;
        var version = NewVersion(draft, latest.Number + 1, Now);
        version.ContentItemId = item.Id;
        db.Add(version);
        if (draft.PublishedAt is not null)
        {
            item.PublishedAt = draft.PublishedAt;
        }

        if (item.Status != ContentStatus.PendingReview)
        {
            item.Status = ContentStatus.Draft;
            item.ScheduledPublishAt = null;
        }

        return await CommitAsync(ContentEvent.DraftSaved, item, version, await GetPublishedAsync(id), "保存", $"第 {version.Number} 版《{version.Title}》");
    }

    public async Task<ContentOutcome> SubmitAsync(long id, Guid stamp)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        var latest = await GetLatestAsync(id);
        if (latest!.IsPublished)
        {
            return ContentOutcome.Invalid("最新版本已经发布，无需提交审核。", item);
        }

        item.Status = ContentStatus.PendingReview;
        return await CommitAsync(ContentEvent.Submitted, item, latest, await GetPublishedAsync(id), "提交审核", $"《{latest.Title}》");
    }

    /// <summary>Returns a submitted item to its author as a draft; the reviewer's comment goes into the audit trail.</summary>
    public async Task<ContentOutcome> SendBackAsync(long id, Guid stamp, string comment)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        if (item.Status != ContentStatus.PendingReview)
        {
            return ContentOutcome.Invalid("此内容不在待审核状态，无法退回。", item);
        }

        var latest = await GetLatestAsync(id);
        item.Status = ContentStatus.Draft;
        return await CommitAsync(ContentEvent.SentBack, item, latest!, await GetPublishedAsync(id), "退回修改", $"《{latest!.Title}》：{comment.Trim()}");
    }

    public async Task<ContentOutcome> PublishAsync(long id, Guid stamp, DateTime? publishAtUtc = null)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        var latest = await GetLatestAsync(id);
        if (PublishingRules.IsScheduled(publishAtUtc, Now))
        {
            item.Status = ContentStatus.Scheduled;
            item.ScheduledPublishAt = publishAtUtc;
            return await CommitAsync(ContentEvent.Scheduled, item, latest!, await GetPublishedAsync(id), "定时发布",
                $"《{latest!.Title}》将于 {publishAtUtc:yyyy-MM-dd HH:mm} (UTC) 发布");
        }

        return await PublishLatestAsync(item, latest!);
    }

    public async Task<ContentOutcome> UnpublishAsync(long id, Guid stamp)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        var published = await GetPublishedAsync(id);
        if (published is null)
        {
            return ContentOutcome.Invalid("此内容尚未发布。", item);
        }

        published.IsPublished = false;
        item.HasPublishedVersion = false;
        item.Status = ContentStatus.Draft;
        item.ScheduledPublishAt = null;
        return await CommitAsync(ContentEvent.Unpublished, item, (await GetLatestAsync(id))!, null, "取消发布", $"《{published.Title}》");
    }

    public async Task<ContentOutcome> RemoveAsync(long id, Guid stamp)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        item.DeletedAt = Now;
        item.DeletedBy = user.Name;
        var latest = await GetLatestAsync(id);
        return await CommitAsync(ContentEvent.Removed, item, latest!, await GetPublishedAsync(id), "删除", $"《{latest!.Title}》移入回收站");
    }

    public async Task<ContentOutcome> RestoreAsync(long id)
    {
        var item = await FindAsync(id, includeDeleted: true);
        if (item is null)
        {
            return ContentOutcome.NotFound();
        }

        if (!item.IsDeleted)
        {
            return ContentOutcome.Invalid("此内容不在回收站中。", item);
        }

        item.DeletedAt = null;
        item.DeletedBy = null;
        item.ConcurrencyStamp = Guid.NewGuid();
        item.ModifiedAt = Now;
        var latest = await GetLatestAsync(id);
        return await CommitAsync(ContentEvent.Restored, item, latest!, await GetPublishedAsync(id), "恢复", $"《{latest!.Title}》从回收站恢复");
    }

    /// <summary>Makes an old version the latest again, as a new version; history is never rewritten.</summary>
    public async Task<ContentOutcome> RestoreVersionAsync(long id, Guid stamp, int number)
    {
        var (item, refusal) = await LoadForChangeAsync(id, stamp);
        if (item is null)
        {
            return refusal!;
        }

        var source = await Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == id && v.Number == number);
        if (source is null)
        {
            return ContentOutcome.Invalid($"第 {number} 版不存在。", item);
        }

        var latest = await Versions.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        latest.IsLatest = false;
        var version = NewVersion(new ContentDraft(source.Title, source.BodyMarkdown, source.Summary, source.Fields), latest.Number + 1, Now);
        version.ContentItemId = id;
        version.Note = $"恢复自第 {number} 版";
        db.Add(version);
        item.Status = ContentStatus.Draft;
        item.ScheduledPublishAt = null;
        return await CommitAsync(ContentEvent.DraftSaved, item, version, await GetPublishedAsync(id), "恢复版本", $"第 {number} 版恢复为第 {version.Number} 版");
    }

    /// <summary>The scheduled items whose time has come, the earliest first, each under the title of its latest version.</summary>
    public Task<List<ScheduledItem>> DueForPublishingAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        return Items.Where(i => i.Status == ContentStatus.Scheduled && i.ScheduledPublishAt <= now)
            .OrderBy(i => i.ScheduledPublishAt).ThenBy(i => i.Id)
            .Select(i => new ScheduledItem(i.Id, Versions.Where(v => v.ContentItemId == i.Id && v.IsLatest).Select(v => v.Title).FirstOrDefault() ?? ""))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes a scheduled item whose time has come. False when it is no longer due, or another node or an editor
    /// changed it first (their state stands). A handler that throws leaves the item scheduled and the error to the caller.
    /// </summary>
    public async Task<bool> PublishScheduledAsync(long id)
    {
        var now = Now;
        var item = await Items.FirstOrDefaultAsync(i => i.Id == id && i.Status == ContentStatus.Scheduled && i.ScheduledPublishAt <= now);
        var latest = item is null ? null : await GetLatestAsync(id);
        if (item is null || latest is null)
        {
            return false;
        }

        // Like any change: an editor still holding the old stamp must see that the item was published meanwhile.
        item.ConcurrencyStamp = Guid.NewGuid();
        item.ModifiedAt = now;
        return (await PublishLatestAsync(item, latest)).Succeeded;
    }

    /// <summary>Counts one reading of a published item without loading it; returns the new count.</summary>
    public async Task<long?> CountViewAsync(long id)
    {
        var updated = await Items.Where(i => i.Id == id && i.HasPublishedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ViewCount, i => i.ViewCount + 1));
        return updated == 0 ? null : await Items.Where(i => i.Id == id).Select(i => i.ViewCount).FirstAsync();
    }

    private async Task<ContentOutcome> PublishLatestAsync(ContentItem item, ContentVersion latest)
    {
        var previous = await GetPublishedAsync(item.Id);
        if (previous is not null && previous.Id != latest.Id)
        {
            previous.IsPublished = false;
        }

        latest.IsPublished = true;
        item.HasPublishedVersion = true;
        item.Status = ContentStatus.Published;
        item.ScheduledPublishAt = null;
        item.PublishedAt ??= Now;
        return await CommitAsync(ContentEvent.Published, item, latest, latest, "发布", $"第 {latest.Number} 版《{latest.Title}》");
    }

    private async Task<(ContentItem? Item, ContentOutcome? Refusal)> LoadForChangeAsync(long id, Guid stamp)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return (null, ContentOutcome.NotFound());
        }

        if (item.ConcurrencyStamp != stamp)
        {
            return (null, ContentOutcome.Conflict(item));
        }

        item.ConcurrencyStamp = Guid.NewGuid();
        item.ModifiedAt = Now;
        return (item, null);
    }

    private async Task<ContentOutcome> CommitAsync(ContentEvent kind, ContentItem item, ContentVersion latest, ContentVersion? published, string action, string summary)
    {
        var context = new ContentEventContext(kind, item, latest, published);
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null)
        {
            try
            {
                if (item.Id == 0)
                {
                    // A new item needs its id before handlers index it and the audit log names it.
                    await db.SaveChangesAsync();
                }

                foreach (var handler in handlers)
                {
                    await handler.UpdatingAsync(context);
                }

                audit.Record(action, AuditEntityType, item.Id.ToString(), summary);
                await db.SaveChangesAsync();
                if (transaction is not null)
                {
                    await transaction.CommitAsync();
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await FindAsync(item.Id, includeDeleted: true);
                return current is null ? ContentOutcome.NotFound() : ContentOutcome.Conflict(current);
            }
        }

        foreach (var handler in handlers)
        {
            await handler.UpdatedAsync(context);
        }

        return ContentOutcome.Ok(item);
    }

    private ContentVersion NewVersion(ContentDraft draft, int number, DateTime now) => new()
    {
        Number = number,
        Title = draft.Title.Trim(),
        Summary = string.IsNullOrWhiteSpace(draft.Summary) ? null : draft.Summary.Trim(),
        BodyMarkdown = draft.BodyMarkdown,
        BodyHtml = renderer.Render(draft.BodyMarkdown),
        Fields = draft.Fields,
        IsLatest = true,
        CreatedAt = now,
        AuthorId = user.Id ?? "",
        AuthorName = user.Name,
    };

    private Task<bool> SlugTakenAsync(string slug, long? exceptId) =>
        Items.IgnoreQueryFilters().AnyAsync(i => i.Slug == slug && i.Id != exceptId);

    private async Task<IReadOnlySet<string>> SlugsLikeAsync(string baseSlug)
    {
        var prefix = baseSlug + "-";
        var slugs = await Items.IgnoreQueryFilters()
            .Where(i => i.Slug == baseSlug || i.Slug.StartsWith(prefix))
            .Select(i => i.Slug)
            .ToListAsync();
        return slugs.ToHashSet(StringComparer.Ordinal);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
