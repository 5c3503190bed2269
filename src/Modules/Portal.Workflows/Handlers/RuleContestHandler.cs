using Microsoft.EntityFrameworkCore;
using Portal.Contests.Events;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.Services;

namespace Portal.Workflows.Handlers;

/// <summary>Raises the contest triggers of the rules: an entry submitted, results published.</summary>
internal sealed class RuleContestHandler(PortalDbContext db, RuleEngine rules, RuleSubjects subjects)
    : IPortalEventHandler<EntrySubmitted>, IPortalEventHandler<ResultsPublished>
{
    public async Task HandleAsync(EntrySubmitted portalEvent, CancellationToken cancellationToken)
    {
        var submittedAt = await db.Set<ContestEntry>().Where(e => e.Id == portalEvent.EntryId).Select(e => e.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        if (submittedAt is { } at)
        {
            await rules.RaiseAsync(RuleTrigger.EntrySubmitted, () => subjects.ForEntryAsync(portalEvent.EntryId),
                RuleOccasions.EntrySubmitted(portalEvent.EntryId, at), cancellationToken);
        }
    }

    public async Task HandleAsync(ResultsPublished portalEvent, CancellationToken cancellationToken)
    {
        var publishedAt = await db.Set<Contest>().Where(c => c.Id == portalEvent.ContestId).Select(c => c.ResultsPublishedAt).FirstOrDefaultAsync(cancellationToken);
        if (publishedAt is { } at)
        {
            await rules.RaiseAsync(RuleTrigger.ResultsPublished, () => subjects.ForContestAsync(portalEvent.ContestId),
                RuleOccasions.ResultsPublished(portalEvent.ContestId, at), cancellationToken);
        }
    }
}
