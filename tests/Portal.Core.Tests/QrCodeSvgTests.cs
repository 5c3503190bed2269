using Portal.Core.QrCodes;
using Portal.Testing;

namespace Portal.Core.Tests;

public sealed class QrCodeSvgTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080/news/2012-theme-activity-summary")]
    [InlineData("https://www.xcrd.gov.cn/news/news-20121228-2?来源=扫码")]
    public void The_drawn_code_reads_back_as_the_address(string address)
    {
        var svg = QrCodeSvg.Render(address, "扫一扫在手机打开");

        Assert.Equal(address, QrCodeReading.Decode(svg));
    }

    [Fact]
    public void The_label_is_encoded_and_the_picture_needs_no_style_attribute()
    {
        var svg = QrCodeSvg.Render("http://localhost/", "扫一扫<在手机>打开");

        Assert.Contains("<title>扫一扫&lt;在手机&gt;打开</title>", svg);
        Assert.DoesNotContain("style=", svg);
    }

    [Fact]
    public void Codes_of_many_addresses_read_back_whole()
    {
        var random = new Random(2012);
        for (var i = 0; i < 300; i++)
        {
            var address = $"https://portal.example/news/{RandomSlug(random)}?source={random.Next()}";

            Assert.Equal(address, QrCodeReading.Decode(QrCodeSvg.Render(address, "扫一扫在手机打开")));
        }
    }

    [Fact]
    public void An_article_address_draws_in_under_three_thousand_characters()
    {
        var svg = QrCodeSvg.Render("https://portal.example/news/2012-theme-activity-summary", "扫一扫在手机打开");

        Assert.InRange(svg.Length, 1, 3000);
    }

    private static string RandomSlug(Random random) =>
        new(Enumerable.Range(0, random.Next(5, 60)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-"[random.Next(37)]).ToArray());
}
