using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Events;

/// <summary>Tells every registered <see cref="IPortalEventHandler{TEvent}"/> about an event, one after the other.</summary>
public sealed class PortalEvents(IServiceProvider services)
{
    public async Task PublishAsync<TEvent>(TEvent portalEvent, CancellationToken cancellationToken = default)
    {
        foreach (var handler in services.GetServices<IPortalEventHandler<TEvent>>())
        {
            await handler.HandleAsync(portalEvent, cancellationToken);
        }
    }
}
