using System.Globalization;
using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
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
        Paint(PathData().Match(svg).Groups[1].Value, pixels, width);

        var source = new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), PureBarcode)?.Text;
    }

    /// <summary>Reads a QR code from the picture a browser painted (a PNG screenshot of the code), as a phone's camera would.</summary>
    public static string? DecodePng(byte[] png)
    {
        using var image = Image.Load<L8>(png);
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        var source = new RGBLuminanceSource(pixels, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)))?.Text;
    }

    /// <summary>
    /// Follows the path's pen: <c>M x y</c> and <c>m dx dy</c> move it, <c>h n</c> draws a stroke one module wide and n long
    /// along the row the pen is on.
    /// </summary>
    private static void Paint(string path, byte[] pixels, int width)
    {
        double x = 0, y = 0;
        foreach (Match command in PathCommand().Matches(path))
        {
            var first = double.Parse(command.Groups[2].Value, CultureInfo.InvariantCulture);
            var second = command.Groups[3].Success ? double.Parse(command.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            switch (command.Groups[1].Value)
            {
                case "M":
                    (x, y) = (first, second);
                    break;
                case "m":
                    (x, y) = (x + first, y + second);
                    break;
                case "h":
                    var row = (int)Math.Floor(y);
                    for (var pixelRow = row * PixelsPerModule; pixelRow < (row + 1) * PixelsPerModule; pixelRow++)
                    {
                        Array.Fill(pixels, (byte)0, pixelRow * width + (int)x * PixelsPerModule, (int)first * PixelsPerModule);
                    }

                    x += first;
                    break;
                default:
                    throw new System.FormatException($"The QR code's path uses a command the reader does not draw: {command.Value}");
            }
        }
    }

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\d+\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("<path d=\"([^\"]*)\"")]
    private static partial Regex PathData();

    [GeneratedRegex("([A-Za-z])(-?[\\d.]+)(?: (-?[\\d.]+))?")]
    private static partial Regex PathCommand();
}
