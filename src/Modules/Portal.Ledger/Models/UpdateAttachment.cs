using Portal.Core.Files;

namespace Portal.Ledger.Models;

/// <summary>Evidence attached to a progress update, kept by the file store; as public as its update.</summary>
public sealed class UpdateAttachment
{
    public long Id { get; set; }

    public long UpdateId { get; set; }

    public string FileKey { get; set; } = "";

    public FileKind Kind { get; set; }

    /// <summary>The uploader's file name, cleaned, offered as the download name only.</summary>
    public string FileName { get; set; } = "";

    public long Length { get; set; }
}
