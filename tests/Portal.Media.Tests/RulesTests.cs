using Portal.Core.Files;
using Portal.Media.Rules;
using Portal.Media.Services;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;

namespace Portal.Media.Tests;

public sealed class RulesTests
{
    [Fact]
    public void JPEG_PNG_WebP_and_GIF_are_accepted_by_content_and_stored_as_JPEG_or_PNG()
    {
        Assert.Equal(FileKind.Jpeg, MediaRules.StoredKind(Image.DetectFormat(TestImages.Encode(10, 10, (i, s) => i.SaveAsJpeg(s)))));
        Assert.Equal(FileKind.Jpeg, MediaRules.StoredKind(Image.DetectFormat(TestImages.Encode(10, 10, (i, s) => i.Save(s, new WebpEncoder())))));
        Assert.Equal(FileKind.Png, MediaRules.StoredKind(Image.DetectFormat(TestImages.Encode(10, 10, (i, s) => i.SaveAsPng(s)))));
        Assert.Equal(FileKind.Png, MediaRules.StoredKind(Image.DetectFormat(TestImages.Encode(10, 10, (i, s) => i.SaveAsGif(s)))));
        Assert.Null(MediaRules.StoredKind(Image.DetectFormat(TestImages.Encode(10, 10, (i, s) => i.SaveAsBmp(s)))));
        Assert.Null(MediaRules.StoredKind(Image.DetectFormat(TestImages.TextNamedJpeg)));
    }

    [Fact]
    public void A_text_file_is_refused_in_Chinese()
    {
        Assert.Equal("只接受 JPEG、PNG、WebP 或 GIF 图片，请勿只修改文件扩展名。", ImageProcessor.Process(TestImages.TextNamedJpeg).Error);
    }

    [Theory]
    [InlineData(6324, 6324, false)]
    [InlineData(8000, 5000, false)]
    [InlineData(8000, 5001, true)]
    [InlineData(65535, 65535, true)]
    public void More_than_forty_megapixels_are_refused(int width, int height, bool refused)
    {
        Assert.Equal(refused, MediaRules.PixelRefusal(width, height) is not null);
    }

    [Fact]
    public void A_bomb_header_is_refused_from_its_declared_size_without_decoding()
    {
        var result = ImageProcessor.Process(TestImages.PngBomb());

        Assert.Equal("图片尺寸过大（100000×100000 像素），请缩小到 4000 万像素以内再上传。", result.Error);
    }

    [Theory]
    [InlineData(300, new[] { 300 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(481, new[] { 480, 481 })]
    [InlineData(1200, new[] { 480, 960, 1200 })]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(2560, new[] { 480, 960, 1600, 2560 })]
    [InlineData(6000, new[] { 480, 960, 1600, 2560 })]
    public void Sizes_are_never_wider_than_the_image_and_the_largest_is_capped(int width, int[] expected)
    {
        Assert.Equal(expected, MediaRules.Widths(width));
    }

    [Fact]
    public void Names_carry_the_content_hash_and_the_width()
    {
        var hash = MediaRules.Hash("同一张图片"u8);

        Assert.Equal(32, hash.Length);
        Assert.Equal(hash, MediaRules.Hash("同一张图片"u8));
        Assert.NotEqual(hash, MediaRules.Hash("另一张图片"u8));
        Assert.Equal($"/media/{hash}-960.jpg", MediaRules.Url(hash, 960, FileKind.Jpeg));
        Assert.Equal(new MediaName(hash, 960, FileKind.Jpeg), MediaRules.ParseUrl($"/media/{hash}-960.jpg"));
        Assert.Equal(new MediaName(hash, 480, FileKind.Png), MediaRules.ParseName($"{hash}-480.png"));
        Assert.Null(MediaRules.ParseName($"{hash}-960.gif"));
        Assert.Null(MediaRules.ParseName($"{hash}-0960.jpg"));
        Assert.Null(MediaRules.ParseName($"../{hash}-960.jpg"));
        Assert.Null(MediaRules.ParseName(null));
        Assert.Null(MediaRules.ParseUrl($"https://example.org/media/{hash}-960.jpg"));
    }

    [Fact]
    public void A_photo_is_turned_upright_scaled_down_and_loses_its_metadata()
    {
        var result = ImageProcessor.Process(TestImages.PhotoWithGps(1200, 800));

        Assert.Null(result.Error);
        Assert.Equal(FileKind.Jpeg, result.Kind);
        Assert.Equal([(480, 720), (800, 1200)], result.Sizes.Select(s => (s.Width, s.Height)));
        Assert.All(result.Sizes, size =>
        {
            var info = Image.Identify(size.Content);
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
            Assert.Null(info.Metadata.IptcProfile);
        });
    }

    [Fact]
    public void The_sizes_attribute_follows_the_text_column()
    {
        Assert.Equal("(max-width: 800px) 100vw, 800px", MediaRules.Sizes(800));
        Assert.Equal("(max-width: 1100px) 100vw, 1100px", MediaRules.Sizes(2560));
    }
}
