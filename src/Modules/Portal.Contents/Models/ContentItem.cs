namespace Portal.Contents.Models;

/// <summary>The logical content item: its route, owner and lifecycle. Its text lives in <see cref="ContentVersion"/>s.</summary>
public sealed class ContentItem
{
    public long Id { get; set; }

    /// <summary>The content type, e.g. <c>Article</c>; owned by the module that defines it.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The readable, unique and stable route segment.</summary>
    public string Slug { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public ContentStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ModifiedAt { get; set; }

    /// <summary>The date readers see (信息时间); set on first publication unless the editor gave one.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime? ScheduledPublishAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>True while one of the versions is published, i.e. the public can read the item.</summary>
    public bool HasPublishedVersion { get; set; }

    public long ViewCount { get; set; }

    /// <summary>Changes on every save; a save that carries an older stamp is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ContentVersion> Versions { get; set; } = [];

    public bool IsDeleted => DeletedAt is not null;
}
