namespace Portal.Core.Media;

/// <summary>
/// Tells the media library which of a module's items use an image, so that the library can show where an image is used
/// and refuse to delete one that is. A module whose items have Markdown bodies registers one (scoped).
/// </summary>
public interface IMediaUsages
{
    /// <summary>The items whose current or published Markdown contains <paramref name="urlStem"/>, the start every size of one image's URL shares.</summary>
    Task<IReadOnlyList<MediaUsage>> FindAsync(string urlStem, CancellationToken cancellationToken = default);
}

/// <summary>One item that uses an image: a Chinese description such as “文章《…》（已发布）” and its admin page.</summary>
public sealed record MediaUsage(string Description, string AdminUrl);
