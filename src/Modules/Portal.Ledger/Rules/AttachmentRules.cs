using Portal.Core.Files;

namespace Portal.Ledger.Rules;

/// <summary>What evidence may be attached to a progress update.</summary>
public static class AttachmentRules
{
    public const string FileArea = "ledger";
    public const int MaxFilesPerUpdate = 5;
    private const int MaxNameLength = 120;

    public static readonly UploadPolicy Policy = new(
        new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx, FileKind.Jpeg, FileKind.Png }, 10 * 1024 * 1024);

    /// <summary>The uploader's name without folders or control characters, kept short, with the extension the content really has.</summary>
    public static string CleanName(string? uploaded, FileKind kind)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((uploaded ?? "").Replace('\\', '/')));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not '\\').ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "附件";
        }

        var extension = kind.Extension();
        return (name.Length > MaxNameLength - extension.Length ? name[..(MaxNameLength - extension.Length)] : name) + extension;
    }
}
