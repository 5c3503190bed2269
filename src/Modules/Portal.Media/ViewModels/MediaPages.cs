using Portal.Core.Media;
using Portal.Media.Models;

namespace Portal.Media.ViewModels;

public sealed record MediaLibraryPage(string? Query, int Page, int PageCount, int Total, IReadOnlyList<MediaTile> Tiles, string? Error);

public sealed record MediaTile(long Id, string ThumbnailUrl, string FileName, string Alt, int Width, int Height);

public sealed record MediaItemPage(MediaItem Item, IReadOnlyList<MediaUsage> Usages, string? Error);

/// <summary>What <c>POST /admin/media/upload</c> answers; the editor relies on exactly these names.</summary>
public sealed record MediaUploadResponse(long Id, string Url, int Width, int Height, string Alt);
