using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Search.Services;

namespace Portal.Search.Handlers;

/// <summary>Every change to any content item is enqueued inside its own save; whether it may be found is decided when the entry is applied.</summary>
internal sealed class SearchContentHandler(SearchQueue queue, SearchQueueSignal signal) : IContentHandler
{
    public Task UpdatingAsync(ContentEventContext context)
    {
        queue.Enqueue(context.Item.ContentType, context.Item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public Task UpdatedAsync(ContentEventContext context)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
