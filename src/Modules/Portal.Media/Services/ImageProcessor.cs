using Portal.Core.Files;
using Portal.Media.Rules;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Portal.Media.Services;

/// <summary>
/// Checks an upload by its content and turns it into the sizes the library keeps: upright (EXIF orientation applied),
/// scaled down, never up, and re-encoded from the pixels alone, so no EXIF, GPS, XMP, IPTC, ICC or text chunk survives.
/// </summary>
public static class ImageProcessor
{
    private static readonly JpegEncoder Jpeg = new() { Quality = 85 };

    /// <summary>Only the first frame of a GIF is read: the library keeps still images, and frames cannot pile up in memory.</summary>
    private static readonly GifDecoder FirstGifFrame = new() { DecodingMode = FrameDecodingMode.First };

    public static ProcessedImage Process(byte[] content)
    {
        var kind = MediaRules.StoredKind(Image.DetectFormat(content));
        if (kind is not { } stored)
        {
            return ProcessedImage.Refused(MediaRules.NotAnImage);
        }

        try
        {
            var info = Image.Identify(content, out var format);
            if (info is null)
            {
                return ProcessedImage.Refused(MediaRules.Damaged);
            }

            if (MediaRules.PixelRefusal(info.Width, info.Height) is { } refusal)
            {
                return ProcessedImage.Refused(refusal);
            }

            using var image = Image.Load<Rgba32>(Configuration.Default, content, Decoder(format));
            image.Mutate(x => x.AutoOrient());
            var sizes = MediaRules.Widths(image.Width).Select(width => Encode(image, width, stored)).ToList();
            return new ProcessedImage(stored, sizes, null);
        }
        catch (ImageFormatException)
        {
            return ProcessedImage.Refused(MediaRules.Damaged);
        }
    }

    private static IImageDecoder Decoder(IImageFormat format) =>
        format is GifFormat ? FirstGifFrame : Configuration.Default.ImageFormatsManager.FindDecoder(format);

    private static EncodedSize Encode(Image<Rgba32> image, int width, FileKind kind)
    {
        using var scaled = width == image.Width ? image.Clone() : image.Clone(x => x.Resize(width, 0));
        using var output = new MemoryStream();
        if (kind == FileKind.Jpeg)
        {
            scaled.Mutate(x => x.BackgroundColor(Color.White));
            using var clean = Image.LoadPixelData<Rgb24>(Pixels<Rgb24>(scaled), scaled.Width, scaled.Height);
            clean.SaveAsJpeg(output, Jpeg);
        }
        else
        {
            using var clean = Image.LoadPixelData<Rgba32>(Pixels<Rgba32>(scaled), scaled.Width, scaled.Height);
            clean.SaveAsPng(output);
        }

        return new EncodedSize(scaled.Width, scaled.Height, output.ToArray());
    }

    /// <summary>The pixels alone, for a new image that starts with empty metadata.</summary>
    private static TPixel[] Pixels<TPixel>(Image<Rgba32> image)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var converted = image.CloneAs<TPixel>();
        var pixels = new TPixel[converted.Width * converted.Height];
        converted.CopyPixelDataTo(pixels);
        return pixels;
    }
}

/// <summary>The sizes to store, narrowest first, or a Chinese refusal.</summary>
public sealed record ProcessedImage(FileKind Kind, IReadOnlyList<EncodedSize> Sizes, string? Error)
{
    public static ProcessedImage Refused(string error) => new(default, [], error);
}

public sealed record EncodedSize(int Width, int Height, byte[] Content);
