using Portal.Core.Files;

namespace Portal.Contests.Services;

/// <summary>What an entry's attachment may be.</summary>
public static class EntryUploads
{
    public const string Area = "contest-entries";

    public static readonly UploadPolicy Policy = new(
        new HashSet<FileKind> { FileKind.Docx, FileKind.Pdf, FileKind.Jpeg, FileKind.Png },
        MaxBytes: 10 * 1024 * 1024);
}
