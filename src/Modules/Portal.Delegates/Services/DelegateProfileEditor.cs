using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Delegates.Models;

namespace Portal.Delegates.Services;

/// <summary>
/// Saves a profile: its public fields as a new content version through the content engine and its private
/// fields in their own row, in one transaction, so neither is stored without the other.
/// </summary>
public sealed class DelegateProfileEditor(PortalDbContext db, ContentManager contents, IAuditLog audit, TimeProvider clock)
{
    public async Task<ContentOutcome> CreateAsync(ProfileDraft draft) =>
        await InTransactionAsync(() => contents.CreateAsync(DelegateTypes.Profile, ToContent(draft)), draft.Private);

    public async Task<ContentOutcome> SaveAsync(long id, Guid stamp, ProfileDraft draft) =>
        await InTransactionAsync(() => contents.SaveDraftAsync(id, stamp, ToContent(draft)), draft.Private);

    public async Task<ProfileDraft?> LatestAsync(long id)
    {
        var latest = await contents.GetLatestAsync(id);
        if (latest is null)
        {
            return null;
        }

        var item = await contents.FindAsync(id);
        var details = await db.Set<DelegatePrivateInfo>().AsNoTracking().FirstOrDefaultAsync(p => p.ContentItemId == id);
        return new ProfileDraft(latest.Title, item?.Slug, latest.BodyMarkdown, DelegateFields.FromJson(latest.Fields),
            details is null ? PrivateDetails.None : new PrivateDetails(details.Phone, details.IdNumber, details.HomeAddress));
    }

    private async Task<ContentOutcome> InTransactionAsync(Func<Task<ContentOutcome>> save, PrivateDetails details)
    {
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync() : null;
        var outcome = await save();
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        await StorePrivateAsync(outcome.Item!.Id, details.Normalized());
        await db.SaveChangesAsync();
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        return outcome;
    }

    private async Task StorePrivateAsync(long id, PrivateDetails details)
    {
        var row = await db.Set<DelegatePrivateInfo>().FirstOrDefaultAsync(p => p.ContentItemId == id);
        if (row is null)
        {
            if (details == PrivateDetails.None)
            {
                return;
            }

            row = new DelegatePrivateInfo { ContentItemId = id };
            db.Add(row);
        }
        else if (row.Phone == details.Phone && row.IdNumber == details.IdNumber && row.HomeAddress == details.HomeAddress)
        {
            return;
        }

        row.Phone = details.Phone;
        row.IdNumber = details.IdNumber;
        row.HomeAddress = details.HomeAddress;
        row.ModifiedAt = clock.GetUtcNow().UtcDateTime;
        // The summary names the change, never the values: the audit log is read by more people than the fields are.
        audit.Record("修改私密信息", "代表", id.ToString(), "私人电话、身份证号或家庭住址已更新");
    }

    private static ContentDraft ToContent(ProfileDraft draft) =>
        new(draft.Name.Trim(), draft.Biography, Summary: null, draft.Fields.ToJson(), string.IsNullOrWhiteSpace(draft.Slug) ? null : draft.Slug.Trim());
}
