using Portal.Delegates.Services;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Portal.Delegates.Tests;

public sealed class PhotoProcessorTests
{
    /// <summary>A JPEG with a camera model and a GPS position in its EXIF data.</summary>
    public static byte[] JpegWithExif(int width = 800, int height = 600)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 30, 30));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Model, "SecretCamera-9000");
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    [Fact]
    public void Photos_become_two_fixed_sizes_without_metadata()
    {
        var result = new PhotoProcessor().Process(new MemoryStream(JpegWithExif()));

        Assert.Null(result.Error);
        using var large = Image.Load(result.LargeJpeg!);
        using var small = Image.Load(result.SmallJpeg!);
        Assert.Equal((300, 400), (large.Width, large.Height));
        Assert.Equal((120, 160), (small.Width, small.Height));
        Assert.Null(large.Metadata.ExifProfile);
        Assert.DoesNotContain("SecretCamera", System.Text.Encoding.ASCII.GetString(result.LargeJpeg!));
    }

    [Fact]
    public void A_file_that_only_starts_like_an_image_is_refused_in_chinese()
    {
        var fake = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8 };
        var result = new PhotoProcessor().Process(new MemoryStream(fake));

        Assert.Null(result.LargeJpeg);
        Assert.Contains("图片", result.Error);
    }
}
