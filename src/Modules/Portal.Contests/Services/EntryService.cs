using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Events;
using Portal.Contests.Models;
using Portal.Contests.Rules;
using Portal.Contests.ViewModels;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Core.Files;
using Portal.Core.Hosting;
using Portal.Core.Mail;
using Portal.Core.Security;

namespace Portal.Contests.Services;

/// <summary>
/// An author's entries: drafts (saved by the page or by the autosave script), submission with a receipt, withdrawal and
/// attachments. Every save is idempotent on the form's client token, so a doubled or retried post finds the same entry.
/// </summary>
public sealed class EntryService(
    PortalDbContext db,
    ContestQueries contests,
    IFileStore files,
    IMailOutbox mail,
    IAuditLog audit,
    PortalEvents events,
    ICurrentUser user,
    TimeProvider clock)
{
    private const string AuditType = "参赛作品";

    public IQueryable<ContestEntry> Entries => db.Set<ContestEntry>();

    /// <summary>The current user's entry, or null when it does not exist or is someone else's.</summary>
    public async Task<ContestEntry?> FindOwnAsync(long id)
    {
        var entry = await Entries.Include(e => e.Attachments.OrderBy(a => a.Number)).FirstOrDefaultAsync(e => e.Id == id);
        return entry is not null && entry.AuthorId == user.Id ? entry : null;
    }

    public async Task<EntryOutcome> SaveAsync(EntryForm form, bool submit)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await TrySaveAsync(form, submit);
                if (!outcome.JustSubmitted)
                {
                    return outcome;
                }

                await events.PublishAsync(new EntrySubmitted(outcome.Entry!.Id));
                return outcome;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A doubled post stored the same entry first (same client token, or the same row at once): redo it against that.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<EntryOutcome> WithdrawAsync(long id)
    {
        var entry = await FindOwnAsync(id);
        if (entry is null)
        {
            return EntryOutcome.NotFound;
        }

        var contest = (await contests.FindAsync(entry.ContestId))!;
        if (!ContestPhaseRules.AcceptsEntries(contest, Now))
        {
            return EntryOutcome.Invalid(entry, $"征集已于 {Beijing(contest.ClosesAt)} 截止，作品不能再撤回。");
        }

        if (entry.Status != EntryStatus.Submitted)
        {
            return EntryOutcome.Invalid(entry, "只有已提交的作品可以撤回。");
        }

        entry.Status = EntryStatus.Withdrawn;
        Touch(entry);
        audit.Record("撤回作品", AuditType, entry.Id.ToString(), $"{entry.ReceiptNumber}《{entry.Title}》");
        await db.SaveChangesAsync();
        return EntryOutcome.Ok(entry, false, "作品已撤回。截止前可以修改后重新提交，回执号不变。");
    }

    public async Task<EntryOutcome> AddAttachmentAsync(long id, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var entry = await FindOwnAsync(id);
        if (entry is null)
        {
            return EntryOutcome.NotFound;
        }

        var (contest, track) = (await contests.FindTrackAsync(entry.TrackId))!.Value;
        if (!ContestPhaseRules.AcceptsEntries(contest, Now))
        {
            return EntryOutcome.Invalid(entry, $"征集已于 {Beijing(contest.ClosesAt)} 截止，不能再上传附件。");
        }

        if (!track.AllowAttachments)
        {
            return EntryOutcome.Invalid(entry, $"“{track.Name}”不接受附件。");
        }

        if (entry.Attachments.Count >= EntryRules.MaxAttachments)
        {
            return EntryOutcome.Invalid(entry, $"每件作品最多上传 {EntryRules.MaxAttachments} 个附件，请先删除不需要的附件。");
        }

        var upload = await files.SaveAsync(content, EntryUploads.Area, EntryUploads.Policy, cancellationToken);
        if (!upload.Succeeded)
        {
            return EntryOutcome.Invalid(entry, upload.Error!);
        }

        var stored = upload.File!;
        var attachment = new EntryAttachment
        {
            Number = entry.Attachments.Select(a => a.Number).DefaultIfEmpty().Max() + 1,
            FileKey = stored.Key,
            Kind = stored.Kind,
            Length = stored.Length,
            OriginalName = DisplayFileName(fileName, stored.Kind),
            UploadedAt = Now,
        };
        entry.Attachments.Add(attachment);
        Touch(entry);
        audit.Record("上传附件", AuditType, entry.Id.ToString(), $"《{entry.Title}》附件 {attachment.OriginalName}（{stored.Length / 1024} KB）");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (!DatabaseUnavailable.Caused(exception))
        {
            // Not saved for certain. When the database was lost instead, the row may have been committed all the same:
            // the file stays, and the start-up sweep removes it if no row points to it.
            files.Delete(stored.Key);
            throw;
        }

        return EntryOutcome.Ok(entry, false, $"附件“{attachment.OriginalName}”已上传。");
    }

    public async Task<EntryOutcome> RemoveAttachmentAsync(long id, long attachmentId)
    {
        var entry = await FindOwnAsync(id);
        var attachment = entry?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (entry is null || attachment is null)
        {
            return EntryOutcome.NotFound;
        }

        var contest = (await contests.FindAsync(entry.ContestId))!;
        if (!ContestPhaseRules.AcceptsEntries(contest, Now))
        {
            return EntryOutcome.Invalid(entry, $"征集已于 {Beijing(contest.ClosesAt)} 截止，附件不能再删除。");
        }

        entry.Attachments.Remove(attachment);
        db.Remove(attachment);
        Touch(entry);
        audit.Record("删除附件", AuditType, entry.Id.ToString(), $"《{entry.Title}》附件 {attachment.OriginalName}");
        await db.SaveChangesAsync();
        files.Delete(attachment.FileKey);
        return EntryOutcome.Ok(entry, false, $"附件“{attachment.OriginalName}”已删除。");
    }

    private async Task<EntryOutcome> TrySaveAsync(EntryForm form, bool submit)
    {
        if (user.Id is not { } userId)
        {
            return EntryOutcome.Forbidden;
        }

        var entry = form.Id is { } id
            ? await Entries.FirstOrDefaultAsync(e => e.Id == id)
            : await Entries.FirstOrDefaultAsync(e => e.ClientToken == form.ClientToken);
        if ((form.Id is not null && entry is null) || (entry is not null && entry.AuthorId != userId))
        {
            return EntryOutcome.NotFound;
        }

        var found = await contests.FindTrackAsync(entry?.TrackId ?? form.TrackId);
        if (found is not { } pair || (entry is not null && entry.ContestId != pair.Contest.Id))
        {
            return EntryOutcome.NotFound;
        }

        var (contest, track) = pair;
        if (!EntryRules.MayEnter(user.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value), contest))
        {
            return EntryOutcome.Forbidden;
        }

        if (entry is null && form.ClientToken == Guid.Empty)
        {
            return EntryOutcome.Invalid(null, "表单已过期，请刷新页面后重试（请先复制您已输入的内容）。");
        }

        var text = form.ToText();
        if (submit && entry is { Status: EntryStatus.Submitted } && StoredText(entry) == text && entry.AllowPublication == form.AllowPublication)
        {
            // The same submission again (a double click, a retry after a lost response): nothing to write, answer as the first did.
            return EntryOutcome.Ok(entry, false, $"作品已提交，回执号 {entry.ReceiptNumber}。截止前仍可修改或撤回。") with { Saved = true };
        }

        if (EntryRules.ValidateDraft(text) is { Count: > 0 } draftErrors)
        {
            return EntryOutcome.Invalid(entry, draftErrors);
        }

        var now = Now;
        var phase = ContestPhaseRules.PhaseAt(contest, now);
        if (phase == ContestPhase.NotStarted)
        {
            return EntryOutcome.Invalid(entry, $"征集尚未开始，将于 {Beijing(contest.OpensAt)} 开始。");
        }

        var closed = phase != ContestPhase.Open;
        if (closed && entry?.Status == EntryStatus.Submitted)
        {
            return EntryOutcome.Invalid(entry, $"征集已于 {Beijing(contest.ClosesAt)} 截止，已提交的作品不能再修改。");
        }

        var submission = !closed && (submit || entry?.Status == EntryStatus.Submitted);
        var errors = new List<string>();
        if (submission)
        {
            errors.AddRange(EntryRules.ValidateForSubmission(track, text));
            if (entry?.Status != EntryStatus.Submitted)
            {
                var entryId = entry?.Id ?? 0;
                var submitted = await Entries.CountAsync(e => e.AuthorId == userId && e.TrackId == track.Id && e.Status == EntryStatus.Submitted && e.Id != entryId);
                if (EntryRules.CheckEntryLimit(track, submitted) is { } limit)
                {
                    errors.Add(limit);
                }
            }

            if (errors.Count > 0 && entry?.Status == EntryStatus.Submitted)
            {
                // A submitted entry stays as it was submitted; the form keeps what was typed.
                return EntryOutcome.Invalid(entry, errors);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = entry is null;
        if (entry is null)
        {
            entry = new ContestEntry
            {
                ContestId = contest.Id,
                TrackId = track.Id,
                AuthorId = userId,
                AuthorName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() is { Length: > 0 } name ? name : user.Name,
                ClientToken = form.ClientToken,
                Status = EntryStatus.Draft,
                CreatedAt = now,
            };
            db.Add(entry);
        }

        entry.Title = text.Title;
        entry.Unit = text.Unit;
        entry.Body = text.Body;
        entry.Problem = text.Problem;
        entry.Suggestion = text.Suggestion;
        entry.ExpectedEffect = text.ExpectedEffect;
        entry.AllowPublication = form.AllowPublication;
        Touch(entry);

        var justSubmitted = submission && errors.Count == 0 && entry.Status != EntryStatus.Submitted;
        if (justSubmitted)
        {
            entry.Status = EntryStatus.Submitted;
            entry.SubmittedAt = now;
        }

        await db.SaveChangesAsync();
        if (entry.Status == EntryStatus.Submitted && entry.ReceiptNumber is null)
        {
            entry.ReceiptNumber = ReceiptNumbers.Format(track.Kind, contest.OpensAt.ToChinaTime().Year, entry.Id);
        }

        var receipt = justSubmitted ? await QueueReceiptAsync(entry, contest) : null;

        // Draft saves after the first are the author's private typing (every 30 s): only what others can see is audited.
        if (created || justSubmitted || entry.Status == EntryStatus.Submitted)
        {
            audit.Record(justSubmitted ? "提交作品" : created ? "创建草稿" : "修改作品", AuditType, entry.Id.ToString(),
                $"{entry.ReceiptNumber}《{entry.Title}》（{track.Name}）");
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        var outcome = closed
            ? EntryOutcome.Invalid(entry, $"征集已于 {Beijing(contest.ClosesAt)} 截止，作品不能再提交。您的草稿已保存，不会丢失。")
            : errors.Count > 0
                ? EntryOutcome.Invalid(entry, [.. errors, "作品尚未提交；您输入的内容已保存为草稿。"])
                : justSubmitted
                    ? EntryOutcome.Ok(entry, true, $"作品已提交，回执号 {entry.ReceiptNumber}。截止前仍可修改或撤回。", receipt!)
                    : EntryOutcome.Ok(entry, false, entry.Status == EntryStatus.Submitted ? "修改已保存，作品仍为已提交状态。" : "草稿已保存。");
        return outcome with { Saved = true };
    }

    /// <summary>Queues the receipt mail with the submission it confirms, so that it is sent (and retried) once the submission is stored.</summary>
    private async Task<string> QueueReceiptAsync(ContestEntry entry, Contest contest)
    {
        var email = await db.Users.Where(u => u.Id == entry.AuthorId).Select(u => u.Email).FirstOrDefaultAsync();
        if (string.IsNullOrWhiteSpace(email))
        {
            return "您的账号未登记电子邮箱，未发送确认邮件；请记下回执号。";
        }

        var body = $"""
            {entry.AuthorName}：

            您的参赛作品已提交成功。

            活动：{await contests.TitleAsync(contest)}
            作品：《{entry.Title}》
            回执号：{entry.ReceiptNumber}
            提交时间：{Beijing(entry.SubmittedAt!.Value)}（北京时间）

            截止时间 {Beijing(contest.ClosesAt)} 前，您可以在“我的作品”中修改或撤回。
            """;
        mail.Queue(new MailMessage(email, entry.AuthorName, $"参赛作品回执 {entry.ReceiptNumber}", body));
        return $"确认邮件将发送至 {email}。";
    }

    private static EntryText StoredText(ContestEntry entry) =>
        new(entry.Title, entry.Unit, entry.Body, entry.Problem, entry.Suggestion, entry.ExpectedEffect);

    private void Touch(ContestEntry entry)
    {
        entry.ModifiedAt = Now;
        entry.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The author's file name for their own list, with the extension of what the file really is.</summary>
    private static string DisplayFileName(string fileName, FileKind kind)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/'))).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        name = name.Clip(80);
        return (name.Length == 0 ? "附件" : name) + kind.Extension();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Beijing(DateTime utc) => utc.ToChinaTime().ToString("yyyy-MM-dd HH:mm:ss");
}
