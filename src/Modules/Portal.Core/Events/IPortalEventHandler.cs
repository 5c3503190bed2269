namespace Portal.Core.Events;

/// <summary>
/// Reacts to something that happened in another module (an entry submitted, results published) without that module
/// knowing who listens. Handlers run after the change is saved, in the request that made it.
/// </summary>
public interface IPortalEventHandler<in TEvent>
{
    Task HandleAsync(TEvent portalEvent, CancellationToken cancellationToken);
}
