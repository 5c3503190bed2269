namespace Portal.Core.Files;

/// <summary>The kinds of file the portal accepts, recognised by their content, never by their name.</summary>
public enum FileKind
{
    Pdf,
    Docx,
    Jpeg,
    Png,
}
