using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Core.Files;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace Portal.Media.Rules;

/// <summary>What the library accepts, which sizes it keeps and how it names them.</summary>
public static partial class MediaRules
{
    public const string FileArea = "media";

    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Checked from the header before decoding: a small file can still unpack to a huge bitmap.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The largest copy kept; wider uploads are scaled down to it.</summary>
    public const int LargestWidth = 2560;

    public const int AltMaxLength = 200;

    public const int FileNameMaxLength = 200;

    public const int PageSize = 24;

    /// <summary>The widest an article's text column shows an image, in CSS pixels (the public theme's container).</summary>
    public const int ColumnWidth = 1100;

    public static readonly IReadOnlyList<int> StandardWidths = [480, 960, 1600];

    public const string NotAnImage = "只接受 JPEG、PNG、WebP 或 GIF 图片，请勿只修改文件扩展名。";

    public const string Damaged = "图片文件已损坏，无法读取，请换一张图片。";

    public const string Empty = "文件是空的，请重新选择。";

    public static readonly string TooLarge = $"图片太大：单个文件不超过 {MaxBytes / 1024 / 1024} MB。";

    /// <summary>The stored files are JPEG or PNG, the kinds the file store checks.</summary>
    public static readonly UploadPolicy StoredFiles = new(new HashSet<FileKind> { FileKind.Jpeg, FileKind.Png }, MaxBytes);

    /// <summary>
    /// The kind an accepted upload is stored as, or null when the format is refused. Photographs (JPEG, WebP) become JPEG;
    /// PNG and GIF (screenshots, charts, drawings) become PNG, so sharp edges and transparency stay. A GIF keeps its first frame.
    /// </summary>
    public static FileKind? StoredKind(IImageFormat? format) => format switch
    {
        JpegFormat or WebpFormat => FileKind.Jpeg,
        PngFormat or GifFormat => FileKind.Png,
        _ => null,
    };

    public static string? PixelRefusal(int width, int height) =>
        (long)width * height > MaxPixels ? $"图片尺寸过大（{width}×{height} 像素），请缩小到 4000 万像素以内再上传。" : null;

    /// <summary>The widths kept for an image <paramref name="width"/> pixels wide: the standard widths below it, never wider, then the image itself up to <see cref="LargestWidth"/>.</summary>
    public static IReadOnlyList<int> Widths(int width)
    {
        var largest = Math.Min(width, LargestWidth);
        return [.. StandardWidths.Where(w => w < largest), largest];
    }

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    public static string Url(string hash, int width, FileKind kind) => $"/media/{hash}-{width}{kind.Extension()}";

    /// <summary>The start shared by the URLs of every size of one image.</summary>
    public static string UrlStem(string hash) => $"/media/{hash}-";

    /// <summary>The hash, width and kind a media file name (<c>{hash}-{width}.jpg</c>) names, or null for any other text.</summary>
    public static MediaName? ParseName(string? name)
    {
        // The router hands over a name of only spaces as null.
        var match = NamePattern().Match(name ?? "");
        return match.Success && int.TryParse(match.Groups["width"].ValueSpan, out var width)
            ? new MediaName(match.Groups["hash"].Value, width, match.Groups["ext"].Value == "png" ? FileKind.Png : FileKind.Jpeg)
            : null;
    }

    /// <summary>A media URL as the library hands it out (<c>/media/{hash}-{width}.jpg</c>), or null.</summary>
    public static MediaName? ParseUrl(string url) => url.StartsWith("/media/", StringComparison.Ordinal) ? ParseName(url["/media/".Length..]) : null;

    /// <summary>The <c>sizes</c> attribute: the full width of a narrow screen, else the image's width up to the text column's.</summary>
    public static string Sizes(int width)
    {
        var shown = Math.Min(width, ColumnWidth);
        return $"(max-width: {shown}px) 100vw, {shown}px";
    }

    [GeneratedRegex("^(?<hash>[0-9a-f]{32})-(?<width>[1-9][0-9]{0,3})\\.(?<ext>jpg|png)$")]
    private static partial Regex NamePattern();
}

public sealed record MediaName(string Hash, int Width, FileKind Kind);
