using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.Services;

namespace Portal.Workflows.Handlers;

/// <summary>Raises the content triggers of the rules once a submission, publication, unpublication or deletion is saved.</summary>
internal sealed class RuleContentHandler(RuleEngine rules, RuleSubjects subjects) : IContentHandler
{
    public Task UpdatedAsync(ContentEventContext context)
    {
        RuleTrigger? trigger = context.Event switch
        {
            ContentEvent.Submitted => RuleTrigger.ContentSubmitted,
            ContentEvent.Published => RuleTrigger.ContentPublished,
            ContentEvent.Unpublished => RuleTrigger.ContentUnpublished,
            ContentEvent.Removed => RuleTrigger.ContentDeleted,
            _ => null,
        };
        if (trigger is null)
        {
            return Task.CompletedTask;
        }

        var item = context.Item;
        var title = (context.Published ?? context.Latest).Title;
        return rules.RaiseAsync(trigger.Value, async () => await subjects.ForContentAsync(item, title),
            RuleOccasions.ContentChanged(context.Event.ToString(), item.Id, item.ModifiedAt));
    }
}
