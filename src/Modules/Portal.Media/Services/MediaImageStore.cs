using Portal.Core.Media;
using Portal.Media.Rules;

namespace Portal.Media.Services;

/// <summary>Core's image store on the media library's upload, so other modules store pictures without knowing this module.</summary>
public sealed class MediaImageStore(MediaLibrary library) : IImageStore
{
    public async Task<StoredImage> StoreAsync(Stream image, string fileName, string? alt, CancellationToken cancellationToken = default)
    {
        var outcome = await library.UploadAsync(image, fileName, alt, cancellationToken);
        return outcome.Item is { } item
            ? StoredImage.Stored(MediaRules.Url(item.Hash, item.Width, item.Kind))
            : StoredImage.Refused(outcome.Error!);
    }
}
