using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>Creates, changes, switches and deletes rules; every change is checked, audited and saved whole or not at all.</summary>
public sealed class RuleEditor(PortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    private const string AuditType = "规则";

    public Task<WorkflowRule?> FindAsync(int id) => db.Set<WorkflowRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);

    public async Task<RuleSaveOutcome> SaveAsync(RuleForm form)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rule = form.Id == 0 ? new WorkflowRule { CreatedAt = now } : await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == form.Id);
        if (rule is null)
        {
            return RuleSaveOutcome.NotFound;
        }

        if (form.Id != 0 && rule.ConcurrencyStamp != form.ConcurrencyStamp)
        {
            return RuleSaveOutcome.Conflict;
        }

        var errors = await AssignAsync(rule, form);
        var named = errors.Select(e => e.Field).ToHashSet();
        errors.AddRange(RuleValidation.Validate(rule, now).Where(e => !named.Contains(e.Field)));
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return RuleSaveOutcome.Invalid(errors);
        }

        rule.ModifiedAt = now;
        rule.ConcurrencyStamp = Guid.NewGuid();
        if (form.Id == 0)
        {
            db.Add(rule);
        }

        await db.SaveChangesAsync();
        audit.Record(form.Id == 0 ? "创建规则" : "修改规则", AuditType, rule.Id.ToString(), $"《{rule.Name}》{(rule.Enabled ? "" : "（停用）")}");
        await db.SaveChangesAsync();
        return RuleSaveOutcome.Saved(rule);
    }

    public async Task<WorkflowRule?> SetEnabledAsync(int id, bool enabled)
    {
        var rule = await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == id);
        if (rule is null)
        {
            return null;
        }

        rule.Enabled = enabled;
        rule.ModifiedAt = clock.GetUtcNow().UtcDateTime;
        rule.ConcurrencyStamp = Guid.NewGuid();
        audit.Record(enabled ? "启用规则" : "停用规则", AuditType, rule.Id.ToString(), $"《{rule.Name}》");
        await db.SaveChangesAsync();
        return rule;
    }

    /// <summary>The rule goes; its runs stay in the log under its name.</summary>
    public async Task<WorkflowRule?> DeleteAsync(int id)
    {
        var rule = await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == id);
        if (rule is null)
        {
            return null;
        }

        db.Remove(rule);
        audit.Record("删除规则", AuditType, rule.Id.ToString(), $"《{rule.Name}》");
        await db.SaveChangesAsync();
        return rule;
    }

    public async Task<string?> UserNameOfAsync(string? userId) =>
        userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync();

    /// <summary>Copies the form onto the rule; names that match no role or active user are errors.</summary>
    private async Task<List<(string Field, string Message)>> AssignAsync(WorkflowRule rule, RuleForm form)
    {
        var errors = new List<(string Field, string Message)>();
        rule.Name = form.Name?.Trim() ?? "";
        rule.Enabled = form.Enabled;
        rule.Trigger = form.Trigger;
        rule.DaysBefore = RuleTriggers.TakesDaysBefore(form.Trigger) ? form.DaysBefore : null;
        rule.Schedule = form.Trigger == RuleTrigger.Schedule ? form.Schedule?.Trim() : null;
        rule.ContentType = string.IsNullOrEmpty(form.ContentType) ? null : form.ContentType;
        rule.ColumnId = form.ColumnId;
        rule.ContestId = form.ContestId;
        rule.LedgerAreaId = form.LedgerAreaId;
        rule.NotifySubjectPeople = form.NotifySubjectPeople;
        rule.NotifyByMail = form.NotifyByMail;
        rule.Message = string.IsNullOrWhiteSpace(form.Message) ? null : form.Message.Trim();
        rule.Publication = form.Publication;
        rule.WriteAuditLog = form.WriteAuditLog;

        var roles = form.NotifyRoles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        var knownRoles = await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Name!).ToListAsync();
        if (roles.Except(knownRoles).ToList() is { Count: > 0 } unknownRoles)
        {
            errors.Add((nameof(form.NotifyRoles), $"角色 {string.Join("、", unknownRoles)} 不存在。"));
        }

        rule.NotifyRoles = RuleLists.Join(knownRoles.Order());

        var userNames = RuleLists.Split(form.NotifyUsers);
        var knownUsers = await db.Users.Where(u => userNames.Contains(u.UserName!) && !u.IsDisabled).Select(u => u.UserName!).ToListAsync();
        if (userNames.Except(knownUsers).ToList() is { Count: > 0 } unknownUsers)
        {
            errors.Add((nameof(form.NotifyUsers), $"用户 {string.Join("、", unknownUsers)} 不存在或已停用。"));
        }

        rule.NotifyUsers = RuleLists.Join(userNames);

        rule.AdoptGoldenIdea = form.AdoptGoldenIdea;
        rule.AdoptAreaId = form.AdoptGoldenIdea ? form.AdoptAreaId : null;
        rule.AdoptOwnerUnits = form.AdoptGoldenIdea ? form.AdoptOwnerUnits?.Trim() : null;
        rule.AdoptDeadlineDays = form.AdoptGoldenIdea ? form.AdoptDeadlineDays : null;
        rule.AdoptOwnerId = null;
        if (form.AdoptGoldenIdea && !string.IsNullOrWhiteSpace(form.AdoptOwner))
        {
            var owner = form.AdoptOwner.Trim();
            rule.AdoptOwnerId = await db.Users.Where(u => u.UserName == owner && !u.IsDisabled).Select(u => u.Id).FirstOrDefaultAsync();
            if (rule.AdoptOwnerId is null)
            {
                errors.Add((nameof(form.AdoptOwner), $"用户 {owner} 不存在或已停用。"));
            }
        }

        return errors;
    }
}
