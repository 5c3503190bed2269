namespace Portal.Media.Models;

/// <summary>One stored size of an image, kept in the file store under <see cref="FileKey"/>.</summary>
public sealed class MediaVariant
{
    public long Id { get; set; }

    public long MediaItemId { get; set; }

    public MediaItem? MediaItem { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string FileKey { get; set; } = "";

    public long Length { get; set; }
}
