using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Ledger.Models;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Recipes;

/// <summary>
/// The default rules, switched on: people, areas and contests are named as people read them (user name, area name,
/// contest address). A rule whose name exists is left as the administrator keeps it.
/// </summary>
internal sealed class WorkflowRulesStep(PortalDbContext db, TimeProvider clock) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string StepName => "WorkflowRules";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in step.GetProperty("rules").Deserialize<List<RecipeRule>>(Json)!)
        {
            if (await db.Set<WorkflowRule>().AnyAsync(r => r.Name == entry.Name, cancellationToken))
            {
                continue;
            }

            var rule = new WorkflowRule
            {
                Name = entry.Name,
                Enabled = entry.Enabled,
                Trigger = Enum.Parse<RuleTrigger>(entry.Trigger),
                DaysBefore = entry.DaysBefore,
                Schedule = entry.Schedule,
                ContentType = entry.ContentType,
                ContestId = entry.ContestSlug is null ? null : await ContestIdAsync(entry.ContestSlug, cancellationToken),
                NotifyRoles = RuleLists.Join(entry.NotifyRoles ?? []),
                NotifyUsers = RuleLists.Join(entry.NotifyUsers ?? []),
                NotifySubjectPeople = entry.NotifySubjectPeople,
                NotifyByMail = entry.NotifyByMail,
                Message = entry.Message,
                WriteAuditLog = entry.WriteAuditLog,
                CreatedAt = now,
                ModifiedAt = now,
            };
            if (entry.Adopt is { } adopt)
            {
                rule.AdoptGoldenIdea = true;
                rule.AdoptAreaId = await db.Set<LedgerArea>().Where(a => a.Name == adopt.AreaName).OrderByDescending(a => a.LedgerId)
                    .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
                rule.AdoptOwnerId = await db.Users.Where(u => u.UserName == adopt.Owner).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
                rule.AdoptOwnerUnits = adopt.OwnerUnits;
                rule.AdoptDeadlineDays = adopt.DeadlineDays;
            }

            if (RuleValidation.Validate(rule, now).ToList() is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"Demo rule {entry.Name}: {string.Join(" ", errors.Select(e => e.Message))}");
            }

            db.Add(rule);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<long?> ContestIdAsync(string slug, CancellationToken cancellationToken) =>
        (from contest in db.Set<Contest>()
         join item in db.Set<ContentItem>() on contest.ContentItemId equals item.Id
         where item.Slug == slug
         select (long?)contest.Id).FirstOrDefaultAsync(cancellationToken);

    private sealed record RecipeRule(
        string Name,
        bool Enabled,
        string Trigger,
        int? DaysBefore,
        string? Schedule,
        string? ContentType,
        string? ContestSlug,
        string[]? NotifyRoles,
        string[]? NotifyUsers,
        bool NotifySubjectPeople,
        bool NotifyByMail,
        string? Message,
        RecipeAdoption? Adopt,
        bool WriteAuditLog);

    private sealed record RecipeAdoption(string AreaName, string Owner, string OwnerUnits, int DeadlineDays);
}
