using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace Portal.Delegates.Services;

/// <summary>
/// Turns an uploaded photo into the fixed sizes the pages show: upright, cropped to 3:4, on white,
/// re-encoded as JPEG with no EXIF, IPTC, XMP or ICC metadata (so no camera, place or time leaks).
/// </summary>
public sealed class PhotoProcessor
{
    public static readonly Size Large = new(300, 400);
    public static readonly Size Small = new(120, 160);

    /// <summary>Larger images are refused before they are decoded: a small file can still unpack to a huge bitmap.</summary>
    public const int MaxPixels = 40_000_000;

    private static readonly JpegEncoder Encoder = new() { Quality = 85 };

    /// <summary>The large and small JPEG copies, or a Chinese message when the file is not a usable image.</summary>
    public PhotoResult Process(Stream upload)
    {
        try
        {
            upload.Position = 0;
            var info = Image.Identify(upload);
            if (info is null)
            {
                return PhotoResult.Refused("无法识别的图片，请上传 JPG 或 PNG 照片。");
            }

            if ((long)info.Width * info.Height > MaxPixels)
            {
                return PhotoResult.Refused($"图片尺寸过大（{info.Width}×{info.Height} 像素），请缩小到 4000 万像素以内再上传。");
            }

            upload.Position = 0;
            using var image = Image.Load(upload);
            image.Mutate(x => x.AutoOrient());
            return new PhotoResult(Encode(image, Large), Encode(image, Small), null);
        }
        catch (ImageFormatException)
        {
            return PhotoResult.Refused("图片文件已损坏或格式不受支持，请换一张 JPG 或 PNG 照片。");
        }
    }

    private static byte[] Encode(Image image, Size size)
    {
        using var copy = image.Clone(x => x
            .Resize(new ResizeOptions { Size = size, Mode = ResizeMode.Crop, Position = AnchorPositionMode.Top })
            .BackgroundColor(Color.White));
        copy.Metadata.ExifProfile = null;
        copy.Metadata.IptcProfile = null;
        copy.Metadata.XmpProfile = null;
        copy.Metadata.IccProfile = null;
        using var output = new MemoryStream();
        copy.SaveAsJpeg(output, Encoder);
        return output.ToArray();
    }
}

public sealed record PhotoResult(byte[]? LargeJpeg, byte[]? SmallJpeg, string? Error)
{
    public static PhotoResult Refused(string error) => new(null, null, error);
}
