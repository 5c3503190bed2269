using Portal.Core.Files;

namespace Portal.Contests.Models;

/// <summary>A file of an entry, kept by the file store; judges only ever see it as 作品附件-<see cref="Number"/>.</summary>
public sealed class EntryAttachment
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public int Number { get; set; }

    public string FileKey { get; set; } = "";

    public FileKind Kind { get; set; }

    public long Length { get; set; }

    public string OriginalName { get; set; } = "";

    public DateTime UploadedAt { get; set; }
}
