using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

/// <summary>Rules and their runs as the tests set them up and read them back.</summary>
internal static class RuleDriver
{
    public static async Task<WorkflowRule> AddRuleAsync(IServiceProvider services, WorkflowRule rule)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        rule.Enabled = true;
        rule.CreatedAt = rule.ModifiedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Add(rule);
        await db.SaveChangesAsync();
        return rule;
    }

    public static async Task<List<RuleRun>> RunsAsync(IServiceProvider services, int ruleId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<RuleRun>().AsNoTracking()
            .Where(r => r.RuleId == ruleId).OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>
    /// Checks the timed rules now and waits (a bounded while) until no run is still going: the scheduler's own job may
    /// have claimed an occasion a moment earlier and be finishing it.
    /// </summary>
    public static async Task CheckTimedRulesAsync(IServiceProvider services)
    {
        await RunDueAsync(services);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<RuleRun>().AnyAsync(r => r.Outcome == RuleRunOutcome.Running))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("A rule run was still going after 15 s.");
            }

            await Task.Delay(50);
        }
    }

    public static async Task<List<string>> NotificationsAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => n.Title + "|" + n.Body).ToListAsync();
    }

    private static async Task<int> RunDueAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RuleScheduler>().RunDueAsync();
    }
}
