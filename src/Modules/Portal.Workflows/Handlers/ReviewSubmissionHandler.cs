using Portal.Contents;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.Services;

namespace Portal.Workflows.Handlers;

/// <summary>A submitted item enters the review history and everyone who may publish it is told, in the same save.</summary>
internal sealed class ReviewSubmissionHandler(PortalDbContext db, PeopleDirectory people, Notifier notifier, ICurrentUser user, TimeProvider clock)
    : IContentHandler
{
    public async Task UpdatingAsync(ContentEventContext context)
    {
        if (context.Event != ContentEvent.Submitted)
        {
            return;
        }

        db.Add(new ReviewEntry
        {
            ContentItemId = context.Item.Id,
            VersionNumber = context.Latest.Number,
            Action = ReviewAction.Submitted,
            ActorId = user.Id ?? "",
            ActorName = user.Name,
            At = clock.GetUtcNow().UtcDateTime,
        });
        var typeName = ContentTypeDirectory.NameOf(context.Item.ContentType);
        var reviewers = (await people.WithPermissionAsync(ContentsPermissions.PublishContent)).Where(p => p.Id != user.Id);
        notifier.Notify(reviewers, $"待审核：《{context.Latest.Title}》",
            $"{user.Name} 提交了{typeName}《{context.Latest.Title}》，请审核。", $"/admin/review/{context.Item.Id}");
    }
}
