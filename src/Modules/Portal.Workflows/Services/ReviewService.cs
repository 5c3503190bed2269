using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>The editorial review of any content type: the queue, the review page, approval and send-back.</summary>
public sealed class ReviewService(
    PortalDbContext db,
    ContentManager contents,
    Notifier notifier,
    PeopleDirectory people,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<List<ReviewQueueRow>> QueueAsync()
    {
        var rows = await (
            from item in contents.Items
            join version in contents.Versions on item.Id equals version.ContentItemId
            where item.Status == ContentStatus.PendingReview && version.IsLatest
            orderby item.ModifiedAt
            select new { item.Id, item.ContentType, version.Title, item.OwnerName, item.ModifiedAt, item.HasPublishedVersion })
            .AsNoTracking().ToListAsync();
        return rows.Select(r => new ReviewQueueRow(r.Id, ContentTypeDirectory.NameOf(r.ContentType), r.Title, r.OwnerName, r.ModifiedAt, r.HasPublishedVersion))
            .ToList();
    }

    public async Task<ReviewPage?> LoadAsync(long id)
    {
        var item = await contents.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return null;
        }

        var latest = await contents.Versions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        var published = await contents.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == id && v.IsPublished);
        var diff = VersionDiff.Compare(
            published is null ? null : VersionDiff.TextOf(published.Title, published.Summary, published.BodyMarkdown),
            VersionDiff.TextOf(latest.Title, latest.Summary, latest.BodyMarkdown));
        var history = await db.Set<ReviewEntry>().AsNoTracking().Where(e => e.ContentItemId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync();
        return new ReviewPage(item, ContentTypeDirectory.NameOf(item.ContentType), ContentTypeDirectory.EditUrl(item.ContentType, id),
            latest, published, diff, history);
    }

    public async Task<ContentOutcome> SendBackAsync(long id, Guid stamp, string comment)
    {
        if (ReviewRules.ValidateSendBackComment(comment) is { } error)
        {
            return ContentOutcome.Invalid(error);
        }

        return await InTransactionAsync(id, ReviewAction.SentBack, () => contents.SendBackAsync(id, stamp, comment), comment.Trim(), null,
            (title, typeName) => ($"退回修改：《{title}》", $"{user.Name} 退回了您的{typeName}《{title}》，意见：{comment.Trim()}"));
    }

    public async Task<ContentOutcome> ApproveAsync(long id, Guid stamp, DateTime? publishAtUtc)
    {
        var scheduled = publishAtUtc is { } at && at > clock.GetUtcNow().UtcDateTime;
        return await InTransactionAsync(id, scheduled ? ReviewAction.Scheduled : ReviewAction.Approved,
            () => contents.PublishAsync(id, stamp, publishAtUtc), null, scheduled ? publishAtUtc : null,
            (title, typeName) => scheduled
                ? ($"审核通过：《{title}》", $"您的{typeName}《{title}》已审核通过，将于 {publishAtUtc!.Value.ToChinaTime():yyyy-MM-dd HH:mm} 发布。")
                : ($"已发布：《{title}》", $"您的{typeName}《{title}》已审核通过并发布。"));
    }

    private async Task<ContentOutcome> InTransactionAsync(
        long id, ReviewAction action, Func<Task<ContentOutcome>> change, string? comment, DateTime? publishAt, Func<string, string, (string Title, string Body)> message)
    {
        var item = await contents.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return ContentOutcome.NotFound();
        }

        if (item.Status != ContentStatus.PendingReview)
        {
            return ContentOutcome.Invalid("此内容已不在待审核状态，可能已被其他编辑处理，请刷新后查看。", item);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await change();
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var latest = await contents.Versions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        db.Add(new ReviewEntry
        {
            ContentItemId = id,
            VersionNumber = latest.Number,
            Action = action,
            Comment = comment,
            ActorId = user.Id ?? "",
            ActorName = user.Name,
            At = clock.GetUtcNow().UtcDateTime,
            PublishAt = publishAt,
        });
        var (title, body) = message(latest.Title, ContentTypeDirectory.NameOf(item.ContentType));
        notifier.Notify(await people.ByIdsAsync([item.OwnerId]), title, body, ContentTypeDirectory.EditUrl(item.ContentType, id));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return outcome;
    }
}
