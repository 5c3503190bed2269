using System.IO.Compression;

namespace Portal.News.Services.Word;

/// <summary>What a Word upload must be before the OpenXml SDK reads it: a small .docx without macros that does not unpack to a flood.</summary>
public static class WordPackageRules
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The most the package may unpack to, counted over every entry.</summary>
    public const long MaxUnpackedBytes = 100 * 1024 * 1024;

    public const string NotDocx = "只能导入 .docx 格式的 Word 文档（不支持含宏的文档）。";

    public static readonly string TooLarge = $"Word 文档太大：不超过 {MaxBytes / 1024 / 1024} MB。";

    public const string TooManyBytesUnpacked = "Word 文档解压后过大，可能已损坏或为恶意文件，无法导入。";

    public const string Empty = "Word 文档中没有正文内容，请检查后重新导入。";

    /// <summary>
    /// Null when the zip may be opened as a document. The entries are decompressed and counted rather than trusting the
    /// sizes the zip declares, which an attacker writes.
    /// </summary>
    public static string? Check(Stream package)
    {
        if (package.Length > MaxBytes)
        {
            return TooLarge;
        }

        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return TooManyBytesUnpacked;
            }

            var buffer = new byte[81920];
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    unpacked += read;
                    if (unpacked > MaxUnpackedBytes)
                    {
                        return TooManyBytesUnpacked;
                    }
                }
            }

            return zip.Entries.Any(IsMacro) || zip.GetEntry("[Content_Types].xml") is not { } types || DeclaresMacros(types) ? NotDocx : null;
        }
        catch (InvalidDataException)
        {
            return NotDocx;
        }
        finally
        {
            package.Position = 0;
        }
    }

    private static bool IsMacro(ZipArchiveEntry entry) => entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);

    private static bool DeclaresMacros(ZipArchiveEntry types)
    {
        using var reader = new StreamReader(types.Open());
        var text = reader.ReadToEnd();
        return text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);
    }
}
