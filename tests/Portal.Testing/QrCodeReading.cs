using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Portal.Testing;

/// <summary>
/// Reads back a QR code drawn by the portal from the picture, not from the markup's text: the dark modules are painted
/// into pixels and decoded. The picture is a clean, upright render, so the reader is told so (pure barcode); without
/// that hint ZXing's finder-pattern search misses about one random code in seventy that decodes fine from its pixels.
/// </summary>
public static partial class QrCodeReading
{
    private const int PixelsPerModule = 4;

    private static readonly Dictionary<DecodeHintType, object> PureBarcode = new() { [DecodeHintType.PURE_BARCODE] = true };

    public static string? Decode(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value);
        var width = size * PixelsPerModule;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (Match square in DarkModule().Matches(svg))
        {
            var column = int.Parse(square.Groups[1].Value);
            var row = int.Parse(square.Groups[2].Value);
            for (var y = row * PixelsPerModule; y < (row + 1) * PixelsPerModule; y++)
            {
                Array.Fill(pixels, (byte)0, y * width + column * PixelsPerModule, PixelsPerModule);
            }
        }

        var source = new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), PureBarcode)?.Text;
    }

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\d+\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("M(\\d+) (\\d+)h1v1h-1z")]
    private static partial Regex DarkModule();
}
