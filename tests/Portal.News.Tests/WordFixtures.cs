using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Portal.News.Tests;

/// <summary>Word documents written with the OpenXml SDK, as Word would save them.</summary>
internal static class WordFixtures
{
    public const int BulletList = 1;
    public const int NumberedList = 2;

    /// <summary>A report: a title heading, two paragraphs with bold, a bulleted list, a 2×2 table and a picture with alt text.</summary>
    public static byte[] Report(string title) => Document(WordprocessingDocumentType.Document, (main, body) =>
    {
        body.Append(
            Styled(title, "Heading1"),
            new Paragraph(Plain("本次会议听取了"), Bold("市政府关于城市管理工作的报告"), Plain("。")),
            new Paragraph(Plain("会议"), Italic("强调"), Plain("要依法履职。")),
            ListItem("加强监督", BulletList),
            ListItem("回应关切", BulletList),
            Table(["项目", "数量"], ["议案", "12"]),
            new Paragraph(new Run(Picture(main, "会议现场照片"))));
    });

    public static byte[] Document(WordprocessingDocumentType type, Action<MainDocumentPart, Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddNumbering(main);
            fill(main, main.Document.Body!);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A valid .docx with a VBA project added, as a renamed .docm would carry.</summary>
    public static byte[] WithMacros(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
            entry.Write([0xCC, 0x61, 0x00, 0x00]);
        }

        return stream.ToArray();
    }

    /// <summary>A zip with one 200 MB entry of zeros, written in 1 MB pieces; it compresses to a few hundred KB.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    public static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Plain(text));

    public static Paragraph ListItem(string text, int numberingId, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })), Plain(text));

    public static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Italic(string text) => new(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(new Paragraph(Plain(c)))))));

    public static byte[] Png(int width = 64, int height = 48)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 30, 30));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>An inline picture as Word writes it: wp:inline, its docPr with the alt text, and a:blip r:embed to the image part.</summary>
    public static Drawing Picture(MainDocumentPart main, string alt, byte[]? png = null)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var content = new MemoryStream(png ?? Png()))
        {
            part.FeedData(content);
        }

        var id = main.GetIdOfPart(part);
        const long cx = 990000L, cy = 792000L;
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties { Id = 1U, Name = "图片 1", Description = alt },
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "image.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = NumberedList });
    }
}
