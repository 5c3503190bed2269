using System.Globalization;
using System.Text;
using QRCoder;

namespace Portal.Core.QrCodes;

/// <summary>Draws a QR code as one SVG path, so it needs no script, no style attribute and no image request.</summary>
public static class QrCodeSvg
{
    public static string Render(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;

        // Each run of dark modules in a row is one stroke, a module wide, along the row's middle line; the next run on
        // the row is reached by a relative move. A square per module would make the code 40 % of an article page.
        var path = new StringBuilder();
        for (var row = 0; row < size; row++)
        {
            var penAt = -1;
            var column = 0;
            while (column < size)
            {
                if (!matrix[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < size && matrix[row][column])
                {
                    column++;
                }

                if (penAt < 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{start} {row}.5h{column - start}");
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"m{start - penAt} 0h{column - start}");
                }

                penAt = column;
            }
        }

        var title = System.Net.WebUtility.HtmlEncode(label);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{title}\" shape-rendering=\"crispEdges\">"
            + $"<title>{title}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"none\" stroke=\"#000\"/></svg>";
    }
}
