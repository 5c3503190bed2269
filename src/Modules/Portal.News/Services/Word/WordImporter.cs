using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;
using Portal.Contents.Models;
using Portal.Contents.Rules;
using Portal.Contents.Services;
using Portal.Core.Media;
using Portal.News.Models;

namespace Portal.News.Services.Word;

/// <summary>The result of an import: the new draft and notes about pictures left out, or a Chinese refusal.</summary>
public sealed record WordImportOutcome(long? ItemId, string? Error, IReadOnlyList<string> Notes)
{
    public static WordImportOutcome Refused(string error) => new(null, error, []);
}

/// <summary>
/// Creates a draft article from a .docx through the content manager, so versions, audit and routes are those of the form.
/// Everything that can refuse the document is checked before any picture is stored.
/// </summary>
public sealed class WordImporter(ContentManager contents, IEnumerable<IImageStore> imageStores, ILogger<WordImporter> logger)
{
    /// <summary>As long as any URL the media library gives, so the length check before storing pictures holds after.</summary>
    private const string PlaceholderUrl = "/media/00000000000000000000000000000000-2560.jpeg";

    private const string Untitled = "从 Word 导入的文章";

    public async Task<WordImportOutcome> ImportAsync(Stream package, string fileName, CancellationToken cancellationToken = default)
    {
        if (WordPackageRules.Check(package) is { } refusal)
        {
            return WordImportOutcome.Refused(refusal);
        }

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(package, false, new OpenSettings { AutoSave = false });

            // The parts are parsed when first read; reading them here turns broken XML into a refusal rather than an error.
            _ = document.MainDocumentPart?.Document?.Body;
            _ = document.MainDocumentPart?.StyleDefinitionsPart?.Styles;
            _ = document.MainDocumentPart?.NumberingDefinitionsPart?.Numbering;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or ArgumentException)
        {
            logger.LogWarning(e, "A Word upload {FileName} could not be opened as a document.", fileName);
            return WordImportOutcome.Refused(WordPackageRules.NotDocx);
        }

        using (document)
        {
            if (document.DocumentType != WordprocessingDocumentType.Document || document.MainDocumentPart is not { } main)
            {
                return WordImportOutcome.Refused(WordPackageRules.NotDocx);
            }

            return await ImportAsync(main, fileName, cancellationToken);
        }
    }

    private async Task<WordImportOutcome> ImportAsync(MainDocumentPart main, string fileName, CancellationToken cancellationToken)
    {
        var images = WordMarkdown.Images(main);
        var preview = WordMarkdown.Convert(main, _ => PlaceholderUrl);
        if (preview.Markdown.Length == 0)
        {
            return WordImportOutcome.Refused(WordPackageRules.Empty);
        }

        var title = TitleOf(preview.Title, fileName);
        if (ContentDraftRules.Validate(Draft(title, preview.Markdown)) is { Count: > 0 } errors)
        {
            return WordImportOutcome.Refused(string.Join(" ", errors));
        }

        var notes = new List<string>();
        var urls = new Dictionary<string, string>();
        var store = imageStores.FirstOrDefault();
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            if (store is null)
            {
                notes.Add($"第 {i + 1} 张图片未导入：媒体库不可用。");
                continue;
            }

            await using var stream = image.Part.GetStream(FileMode.Open, FileAccess.Read);
            var stored = await store.StoreAsync(stream, Path.GetFileName(image.Part.Uri.OriginalString), image.Alt, cancellationToken);
            if (stored.Url is { } url)
            {
                urls[image.RelationshipId] = url;
            }
            else
            {
                notes.Add($"第 {i + 1} 张图片未导入：{stored.Error}");
            }
        }

        var text = WordMarkdown.Convert(main, urls.GetValueOrDefault);
        var created = await contents.CreateAsync(ArticleTypes.Article, Draft(title, text.Markdown));
        return created.Succeeded
            ? new WordImportOutcome(created.Item!.Id, null, notes)
            : WordImportOutcome.Refused(created.Message!);
    }

    private static string TitleOf(string? heading, string fileName)
    {
        var title = string.IsNullOrWhiteSpace(heading) ? Path.GetFileNameWithoutExtension(fileName).Trim() : heading.Trim();
        title = title.Length == 0 ? Untitled : title;
        return title.Length > ContentDraftRules.TitleMaxLength ? title[..ContentDraftRules.TitleMaxLength] : title;
    }

    private static ContentDraft Draft(string title, string markdown) =>
        new(title, markdown, Fields: new ArticleFields(0, null, false).ToJson());
}
