namespace Portal.Core.Files;

public static class FileKinds
{
    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Docx => ".docx",
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string DisplayName(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Docx => "Word（.docx）",
        FileKind.Jpeg => "JPG 图片",
        FileKind.Png => "PNG 图片",
        _ => kind.ToString(),
    };
}
