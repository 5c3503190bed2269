using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Portal.Media.Tests;

/// <summary>Images built in the test: a camera photo with GPS, plain PNG, and a PNG header that declares a bomb.</summary>
internal static class TestImages
{
    /// <summary>A JPEG stored sideways (orientation 6: turn 90° clockwise to view) with a camera model and a GPS position.</summary>
    public static byte[] PhotoWithGps(int width = 1200, int height = 800, byte shade = 90)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(shade, 120, 160));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Model, "示例相机");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(34, 1), new Rational(1, 1), new Rational(30, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(113, 1), new Rational(49, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 30, 30, 128));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    public static byte[] Encode(int width, int height, Action<Image, Stream> save)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(10, 20, 30));
        using var output = new MemoryStream();
        save(image, output);
        return output.ToArray();
    }

    /// <summary>A well-formed PNG header declaring 100 000 × 100 000 pixels (40 GB as a bitmap), and no image data.</summary>
    public static byte[] PngBomb()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 100_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 100_000);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        Chunk(output, "IHDR", header);
        Chunk(output, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    public static readonly byte[] TextNamedJpeg = Encoding.UTF8.GetBytes("这不是图片，只是改了扩展名的文本文件。");

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        output.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
