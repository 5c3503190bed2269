using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.Workflows.Recipes;

/// <summary>
/// Gives the demo accounts that have no mail address one in a reserved domain, so that the demo's notifications
/// also travel through the mail outbox (into the pickup folder). Addresses already set are left alone.
/// </summary>
internal sealed class WorkflowsDemoStep(PortalDbContext db) : IRecipeStepHandler
{
    public string StepName => "WorkflowsDemo";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var domain = step.GetProperty("mailDomain").GetString()!;
        foreach (var user in await db.Users.Where(u => u.Email == null || u.Email == "").ToListAsync(cancellationToken))
        {
            user.Email = $"{user.UserName}@{domain}";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
