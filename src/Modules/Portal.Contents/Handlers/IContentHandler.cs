using Portal.Contents.Models;

namespace Portal.Contents.Handlers;

/// <summary>
/// The extension point of the content lifecycle. <see cref="UpdatingAsync"/> runs inside the save
/// (write index rows there); <see cref="UpdatedAsync"/> runs after it is committed (evict caches, notify).
/// </summary>
public interface IContentHandler
{
    Task UpdatingAsync(ContentEventContext context) => Task.CompletedTask;

    Task UpdatedAsync(ContentEventContext context) => Task.CompletedTask;
}
