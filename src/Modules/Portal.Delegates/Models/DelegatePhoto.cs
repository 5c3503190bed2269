namespace Portal.Delegates.Models;

/// <summary>A profile photo as the portal serves it: resized copies without metadata; the upload itself is not kept.</summary>
public sealed class DelegatePhoto
{
    public Guid Id { get; set; }

    /// <summary>Who uploaded it: they and editors may see it before it is published.</summary>
    public string UploadedBy { get; set; } = "";

    public string LargeKey { get; set; } = "";

    public string SmallKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
