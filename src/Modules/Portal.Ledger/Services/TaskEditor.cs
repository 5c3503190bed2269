using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Security;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Search;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Services;

/// <summary>
/// Every change to a task goes through here: checked against the rules and the concurrency stamp the person saw,
/// written with its trail (留痕) and an audit entry in one save, then the public pages are refreshed.
/// </summary>
public sealed class TaskEditor(
    PortalDbContext db,
    LedgerQueries queries,
    IAuditLog audit,
    ICurrentUser user,
    IFileStore files,
    PublicPagesCache cache,
    LedgerSearchFeed search,
    TimeProvider clock)
{
    private const string AuditEntityType = "工作任务";

    public Task<LedgerTask?> FindAsync(int id) =>
        db.Set<LedgerTask>().Include(t => t.SubTasks).FirstOrDefaultAsync(t => t.Id == id);

    public async Task<EditOutcome> CreateAsync(int ledgerId, TaskInput input)
    {
        if (await ValidateAsync(ledgerId, null, input, hasOpenSubTasks: false) is { Count: > 0 } errors)
        {
            return EditOutcome.Invalid(errors);
        }

        var task = new LedgerTask { LedgerId = ledgerId };
        Assign(task, input);
        task.ModifiedAt = Now;
        db.Add(task);
        await db.SaveChangesAsync();
        audit.Record("创建", AuditEntityType, task.Id.ToString(), $"第 {task.Number} 项《{task.Title}》");
        await db.SaveChangesAsync();
        await search.QueueTaskAsync(task.Id);
        await cache.EvictAsync();
        return EditOutcome.Ok(task);
    }

    public async Task<EditOutcome> SaveAsync(int id, Guid stamp, TaskInput input)
    {
        var task = await FindAsync(id);
        if (task is null)
        {
            return EditOutcome.NotFound();
        }

        if (task.ConcurrencyStamp != stamp)
        {
            return EditOutcome.Conflict(task);
        }

        if (await ValidateAsync(task.LedgerId, task.Id, input, task.SubTasks.Any(s => s.Progress < ProgressRules.Max)) is { Count: > 0 } errors)
        {
            return EditOutcome.Invalid(errors);
        }

        var people = await PeopleAsync(task, input.OwnerId, input.LeaderId);
        var before = TaskTrail.Snapshot(task, people);
        Assign(task, input);
        Track(task, before, TaskTrail.Snapshot(task, people), Now, await ActorNameAsync());
        return await CommitAsync(task, stamp, "修改", $"第 {task.Number} 项《{task.Title}》");
    }

    /// <summary>An owner's progress report: the new status and progress, and a note with evidence when given.</summary>
    public async Task<EditOutcome> ReportAsync(int id, Guid stamp, OwnerReport report, IReadOnlyList<IncomingFile> incoming)
    {
        var task = await FindAsync(id);
        if (task is null)
        {
            return EditOutcome.NotFound();
        }

        if (task.ConcurrencyStamp != stamp)
        {
            return EditOutcome.Conflict(task);
        }

        var note = string.IsNullOrWhiteSpace(report.Note) ? null : report.Note.Trim();
        var hasSubTasks = task.SubTasks.Count > 0;
        var progress = hasSubTasks ? ProgressRules.RollUp(task.SubTasks.Select(s => s.Progress).ToList()) : report.Progress;
        var errors = TaskRules.Validate(new TaskValues(task.Title, task.StartDate, task.Deadline, report.Status, progress, report.CompletedOn,
            task.SubTasks.Any(s => s.Progress < ProgressRules.Max))).ToList();
        if (note?.Length > TaskRules.DescriptionMaxLength)
        {
            errors.Add(("Note", $"进展情况不能超过 {TaskRules.DescriptionMaxLength} 个字。"));
        }

        if (incoming.Count > AttachmentRules.MaxFilesPerUpdate)
        {
            errors.Add(("Files", $"每次最多上传 {AttachmentRules.MaxFilesPerUpdate} 个附件。"));
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Invalid(errors);
        }

        var people = await PeopleAsync(task);
        var before = TaskTrail.Snapshot(task, people);
        var today = BeijingDay.Today(clock);
        var settled = StatusRules.Settle(report.Status, progress, report.CompletedOn, today);
        task.Status = settled.Status;
        task.CompletedOn = settled.CompletedOn;
        if (!hasSubTasks)
        {
            task.Progress = settled.Progress;
        }

        var after = TaskTrail.Snapshot(task, people);
        if (note is null && incoming.Count == 0 && TaskTrail.Differences(before, after).Count == 0)
        {
            return EditOutcome.Invalid("Note", "请填写进展情况，或修改状态、进度后再提交。");
        }

        var stored = new List<UpdateAttachment>();
        foreach (var file in incoming)
        {
            var saved = await files.SaveAsync(file.Content, AttachmentRules.FileArea, AttachmentRules.Policy);
            if (!saved.Succeeded)
            {
                stored.ForEach(a => files.Delete(a.FileKey));
                return EditOutcome.Invalid("Files", $"附件“{Path.GetFileName(file.FileName)}”未能上传：{saved.Error}");
            }

            stored.Add(new UpdateAttachment
            {
                FileKey = saved.File!.Key,
                Kind = saved.File.Kind,
                FileName = AttachmentRules.CleanName(file.FileName, saved.File.Kind),
                Length = saved.File.Length,
            });
        }

        var now = Now;
        var actor = await ActorNameAsync();
        if (note is not null || stored.Count > 0)
        {
            db.Add(new ProgressUpdate
            {
                TaskId = task.Id,
                At = now,
                AuthorId = user.Id,
                AuthorName = actor,
                Text = note ?? "",
                IsPublic = report.IsPublic,
                Attachments = stored,
            });
        }

        Track(task, before, after, now, actor);
        var outcome = await CommitAsync(task, stamp, "更新进展", $"第 {task.Number} 项《{task.Title}》{(report.IsPublic ? "" : "（内部）")}");
        if (!outcome.Succeeded)
        {
            stored.ForEach(a => files.Delete(a.FileKey));
        }

        return outcome;
    }

    public async Task<EditOutcome> AddSubTaskAsync(int id, Guid stamp, string? title, int progress) =>
        await ChangeSubTasksAsync(id, stamp, title, progress, "添加子任务", task =>
        {
            task.SubTasks.Add(new LedgerSubTask
            {
                Title = title!.Trim(),
                Progress = progress,
                SortOrder = task.SubTasks.Count == 0 ? 1 : task.SubTasks.Max(s => s.SortOrder) + 1,
            });
            return true;
        });

    public async Task<EditOutcome> SaveSubTaskAsync(int id, Guid stamp, int subTaskId, string? title, int progress) =>
        await ChangeSubTasksAsync(id, stamp, title, progress, "修改子任务", task =>
        {
            var sub = task.SubTasks.FirstOrDefault(s => s.Id == subTaskId);
            if (sub is null)
            {
                return false;
            }

            sub.Title = title!.Trim();
            sub.Progress = progress;
            return true;
        });

    public async Task<EditOutcome> DeleteSubTaskAsync(int id, Guid stamp, int subTaskId)
    {
        var task = await FindAsync(id);
        var sub = task?.SubTasks.FirstOrDefault(s => s.Id == subTaskId);
        return sub is null
            ? EditOutcome.NotFound()
            : await ChangeSubTasksAsync(id, stamp, sub.Title, sub.Progress, "删除子任务", t => t.SubTasks.Remove(sub));
    }

    public async Task<EditOutcome> DeleteAsync(int id, Guid stamp)
    {
        var task = await FindAsync(id);
        if (task is null)
        {
            return EditOutcome.NotFound();
        }

        if (task.ConcurrencyStamp != stamp)
        {
            return EditOutcome.Conflict(task);
        }

        var keys = await db.Set<UpdateAttachment>()
            .Where(a => db.Set<ProgressUpdate>().Any(u => u.Id == a.UpdateId && u.TaskId == id))
            .Select(a => a.FileKey).ToListAsync();
        db.Remove(task);
        audit.Record("删除", AuditEntityType, id.ToString(), $"第 {task.Number} 项《{task.Title}》");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id);
        }

        keys.ForEach(files.Delete);
        await search.QueueTaskAsync(id);
        await cache.EvictAsync();
        return EditOutcome.Ok(task);
    }

    private async Task<EditOutcome> ChangeSubTasksAsync(int id, Guid stamp, string? title, int progress, string action, Func<LedgerTask, bool> change)
    {
        var task = await FindAsync(id);
        if (task is null)
        {
            return EditOutcome.NotFound();
        }

        if (task.ConcurrencyStamp != stamp)
        {
            return EditOutcome.Conflict(task);
        }

        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(("SubTaskTitle", "请填写子任务名称。"));
        }
        else if (title.Trim().Length > TaskRules.TitleMaxLength)
        {
            errors.Add(("SubTaskTitle", $"子任务名称不能超过 {TaskRules.TitleMaxLength} 个字。"));
        }

        if (ProgressRules.Validate(progress) is { } progressError)
        {
            errors.Add(("SubTaskProgress", progressError));
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Invalid(errors);
        }

        var people = await PeopleAsync(task);
        var before = TaskTrail.Snapshot(task, people);
        if (!change(task))
        {
            return EditOutcome.NotFound();
        }

        if (task.Status == LedgerStatus.Done && task.SubTasks.Any(s => s.Progress < ProgressRules.Max))
        {
            return EditOutcome.Invalid("SubTaskProgress", "此任务已完成，子任务进度须为 100%。如需继续推进，请先把任务状态改为“进行中”。");
        }

        // The typed progress follows the sub-tasks while there are any, so that it is right again if they are removed.
        var rolledUp = ProgressRules.Effective(task.Progress, task.SubTasks.Select(s => s.Progress).ToList());
        task.Progress = rolledUp;
        task.Status = StatusRules.Settle(task.Status, rolledUp, task.CompletedOn, BeijingDay.Today(clock)).Status;
        Track(task, before, TaskTrail.Snapshot(task, people), Now, await ActorNameAsync());
        return await CommitAsync(task, stamp, action, $"第 {task.Number} 项《{task.Title}》：{title!.Trim()}");
    }

    /// <summary>Checks a manager's values: the rules, and that area, number and people fit this ledger.</summary>
    public async Task<List<(string Field, string Message)>> ValidateAsync(int ledgerId, int? taskId, TaskInput input, bool hasOpenSubTasks)
    {
        var errors = TaskRules.Validate(new TaskValues(input.Title, input.StartDate, input.Deadline, input.Status, input.Progress,
            input.CompletedOn, hasOpenSubTasks)).ToList();

        if (!await db.Set<LedgerArea>().AnyAsync(a => a.Id == input.AreaId && a.LedgerId == ledgerId))
        {
            errors.Add(("AreaId", "请选择本台账的一个方面。"));
        }

        if (input.Number is < 1 or > 9999)
        {
            errors.Add(("Number", "序号须在 1 到 9999 之间。"));
        }
        else if (await db.Set<LedgerTask>().Where(t => t.LedgerId == ledgerId && t.Number == input.Number && t.Id != taskId)
                     .Select(t => t.Title).FirstOrDefaultAsync() is { } other)
        {
            errors.Add(("Number", $"序号 {input.Number} 已被本台账的任务“{other}”使用。"));
        }

        if (string.IsNullOrWhiteSpace(input.OwnerUnits))
        {
            errors.Add(("OwnerUnits", "请填写责任单位（委室或科室）。"));
        }
        else if (input.OwnerUnits.Trim().Length > TaskRules.OwnerUnitsMaxLength)
        {
            errors.Add(("OwnerUnits", $"责任单位不能超过 {TaskRules.OwnerUnitsMaxLength} 个字。"));
        }

        if (input.Description?.Trim().Length > TaskRules.DescriptionMaxLength)
        {
            errors.Add(("Description", $"工作内容不能超过 {TaskRules.DescriptionMaxLength} 个字。"));
        }

        if (string.IsNullOrEmpty(input.OwnerId) || !await db.Users.AnyAsync(u => u.Id == input.OwnerId && !u.IsDisabled))
        {
            errors.Add(("OwnerId", "请选择责任人（门户网站的用户）。"));
        }

        if (!string.IsNullOrEmpty(input.LeaderId) && !await db.Users.AnyAsync(u => u.Id == input.LeaderId && !u.IsDisabled))
        {
            errors.Add(("LeaderId", "所选责任领导不存在或已停用。"));
        }

        return errors;
    }

    /// <summary>Sets every field from the input, settling status, progress and completion date together.</summary>
    public void Assign(LedgerTask task, TaskInput input)
    {
        var settled = StatusRules.Settle(input.Status, input.Progress, input.CompletedOn, BeijingDay.Today(clock));
        task.AreaId = input.AreaId;
        task.Number = input.Number;
        task.Title = input.Title.Trim();
        task.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        task.LeaderId = string.IsNullOrEmpty(input.LeaderId) ? null : input.LeaderId;
        task.OwnerUnits = input.OwnerUnits.Trim();
        task.OwnerId = input.OwnerId;
        task.StartDate = input.StartDate;
        task.Deadline = input.Deadline;
        task.Status = settled.Status;
        task.Progress = task.SubTasks.Count > 0 ? ProgressRules.RollUp(task.SubTasks.Select(s => s.Progress).ToList()) : settled.Progress;
        task.CompletedOn = settled.CompletedOn;
    }

    /// <summary>Adds a trail entry for every trailed field that differs.</summary>
    public void Track(LedgerTask task, IReadOnlyDictionary<TaskField, string> before, IReadOnlyDictionary<TaskField, string> after, DateTime at, string actor)
    {
        foreach (var (field, old, @new) in TaskTrail.Differences(before, after))
        {
            db.Add(new TaskChange { TaskId = task.Id, At = at, UserId = user.Id, UserName = actor, Field = field, OldValue = old, NewValue = @new });
        }
    }

    /// <summary>The acting person as readers know them: their display name, not their login.</summary>
    public async Task<string> ActorNameAsync()
    {
        var displayName = user.Id is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync() : null;
        return string.IsNullOrWhiteSpace(displayName) ? user.Name : displayName;
    }

    public Task<IReadOnlyDictionary<string, Person>> PeopleAsync(LedgerTask task, params string?[] more) =>
        queries.PeopleAsync(more.Append(task.OwnerId).Append(task.LeaderId));

    private async Task<EditOutcome> CommitAsync(LedgerTask task, Guid stamp, string action, string summary)
    {
        // The stamp the person saw is the one the database must still hold, or the save is refused.
        db.Entry(task).Property(t => t.ConcurrencyStamp).OriginalValue = stamp;
        task.ConcurrencyStamp = Guid.NewGuid();
        task.ModifiedAt = Now;
        audit.Record(action, AuditEntityType, task.Id.ToString(), summary);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(task.Id);
        }

        await search.QueueTaskAsync(task.Id);
        await cache.EvictAsync();
        return EditOutcome.Ok(task);
    }

    private async Task<EditOutcome> ConflictAsync(int id)
    {
        db.ChangeTracker.Clear();
        return await FindAsync(id) is { } current ? EditOutcome.Conflict(current) : EditOutcome.NotFound();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
