using Portal.Core.Files;

namespace Portal.Media.Models;

/// <summary>An uploaded image, named by the hash of the uploaded bytes; its stored sizes are <see cref="MediaVariant"/>s.</summary>
public sealed class MediaItem
{
    public long Id { get; set; }

    /// <summary>The first 32 hexadecimal digits of the upload's SHA-256: the same upload twice is one item.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The uploader's file name, only for finding the image again; never used to store or serve it.</summary>
    public string FileName { get; set; } = "";

    public string Alt { get; set; } = "";

    /// <summary>The kind every size is stored as.</summary>
    public FileKind Kind { get; set; }

    /// <summary>The size of the largest stored copy, after orientation.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The uploaded file's length in bytes.</summary>
    public long Length { get; set; }

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    public List<MediaVariant> Variants { get; set; } = [];
}
