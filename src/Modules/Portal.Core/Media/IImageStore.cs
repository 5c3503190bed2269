namespace Portal.Core.Media;

/// <summary>
/// Stores an image the way the media library's upload does (checked by content, re-encoded, named by content), for
/// modules that bring pictures in from elsewhere, such as an imported Word document. Registered by the Media module (scoped).
/// </summary>
public interface IImageStore
{
    Task<StoredImage> StoreAsync(Stream image, string fileName, string? alt, CancellationToken cancellationToken = default);
}

/// <summary>The URL of the largest stored size, or the library's Chinese refusal.</summary>
public sealed record StoredImage(string? Url, string? Error)
{
    public static StoredImage Stored(string url) => new(url, null);

    public static StoredImage Refused(string error) => new(null, error);
}
