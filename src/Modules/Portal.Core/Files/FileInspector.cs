using System.IO.Compression;

namespace Portal.Core.Files;

/// <summary>Tells a file's kind from its bytes: magic numbers, and for .docx the parts inside the ZIP.</summary>
public static class FileInspector
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind of the file, or null when it is none the portal accepts. The stream must be seekable.</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith(Pdf))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith(Png))
        {
            return FileKind.Png;
        }

        if (head.StartsWith(Jpeg))
        {
            return FileKind.Jpeg;
        }

        return head.StartsWith(Zip) && IsWordDocument(content) ? FileKind.Docx : null;
    }

    private static bool IsWordDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
