using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Portal.News.Services.Word;

/// <summary>A Word document's title (its first level-one heading, if any) and its body as the portal's Markdown.</summary>
public sealed record WordText(string? Title, string Markdown);

/// <summary>
/// Turns a Word body into the portal's Markdown: one line per paragraph (the renderer makes each line a paragraph), headings,
/// bold and italic, lists, pipe tables and pictures. Fonts, colours, field codes, comments, footnotes and deleted text are dropped.
/// </summary>
public static partial class WordMarkdown
{
    /// <summary>The pictures the body shows, by relationship id, with the alt text of their first appearance. Linked pictures are not parts and are not listed.</summary>
    public static IReadOnlyList<WordImage> Images(MainDocumentPart main)
    {
        var images = new List<WordImage>();
        foreach (var drawing in main.Document?.Body?.Descendants<Drawing>() ?? [])
        {
            if (Embed(drawing) is { } id && images.All(i => i.RelationshipId != id) && main.Parts.Where(p => p.RelationshipId == id).Select(p => p.OpenXmlPart).FirstOrDefault() is ImagePart part)
            {
                images.Add(new WordImage(id, part, Alt(drawing)));
            }
        }

        return images;
    }

    /// <summary>The text of the body; <paramref name="imageUrl"/> gives a picture's URL by relationship id, or null to leave it out.</summary>
    public static WordText Convert(MainDocumentPart main, Func<string, string?> imageUrl)
    {
        var context = new Context(main, imageUrl);
        var lines = new List<string>();
        string? title = null;
        var inList = false;
        foreach (var block in Blocks(main.Document?.Body))
        {
            if (block is Table table)
            {
                AddBlock(lines, TableLines(table, context));
                inList = false;
                continue;
            }

            var paragraph = (Paragraph)block;
            var text = Inline(paragraph, context).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var level = HeadingLevel(paragraph, context);
            if (level == 1 && title is null)
            {
                title = PlainText(paragraph).Trim();
                if (title.Length > 0)
                {
                    continue;
                }
            }

            if (level > 0)
            {
                AddBlock(lines, [$"{(level == 3 ? "###" : "##")} {text}"]);
                inList = false;
            }
            else if (ListMarker(paragraph, context) is var (marker, depth))
            {
                if (!inList && lines.Count > 0 && lines[^1].Length > 0)
                {
                    lines.Add("");
                }

                lines.Add($"{new string(' ', depth * 4)}{marker} {EscapeLineStart(text)}");
                inList = true;
            }
            else
            {
                // A blank line makes the next paragraph a paragraph of its own (and ends a list).
                if (lines.Count > 0 && lines[^1].Length > 0)
                {
                    lines.Add("");
                }

                lines.Add(EscapeLineStart(text));
                inList = false;
            }
        }

        return new WordText(title, string.Join("\n", lines).Trim());
    }

    /// <summary>Escapes what Markdown would read as syntax inside a run of text.</summary>
    public static string EscapeInline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '|' or '<' or '>')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Escapes what would make a line a heading, a list item or a quote.</summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length > 0 && line[0] is '#' or '-' or '+' or '>' or '=')
        {
            return "\\" + line;
        }

        var number = OrderedStart().Match(line);
        return number.Success ? line.Insert(number.Length - 1, "\\") : line;
    }

    private static void AddBlock(List<string> lines, IReadOnlyList<string> block)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (lines.Count > 0 && lines[^1].Length > 0)
        {
            lines.Add("");
        }

        lines.AddRange(block);
        lines.Add("");
    }

    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement? container)
    {
        foreach (var child in container?.ChildElements ?? [])
        {
            if (child is Paragraph or Table)
            {
                yield return child;
            }
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
            {
                foreach (var inner in Blocks(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IReadOnlyList<string> TableLines(Table table, Context context)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => row.Elements<TableCell>()
                .Select(cell => string.Join(" ", cell.Descendants<Paragraph>().Select(p => Inline(p, context).Trim()).Where(t => t.Length > 0)))
                .ToList())
            .Where(cells => cells.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var width = rows.Max(r => r.Count);
        string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
        IEnumerable<string> Padded(List<string> cells) => cells.Concat(Enumerable.Repeat("", width - cells.Count));

        var lines = new List<string> { Line(Padded(rows[0])), Line(Enumerable.Repeat("---", width)) };
        lines.AddRange(rows.Skip(1).Select(r => Line(Padded(r))));
        return lines;
    }

    /// <summary>The paragraph's runs as Markdown; neighbouring runs in the same style are joined so emphasis is not split.</summary>
    private static string Inline(Paragraph paragraph, Context context)
    {
        var pieces = new List<Piece>();
        Collect(paragraph, context, pieces);
        var merged = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (piece is { IsImage: false } && merged.Count > 0 && merged[^1] is { IsImage: false } last && last.Bold == piece.Bold && last.Italic == piece.Italic)
            {
                merged[^1] = last with { Text = last.Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return string.Concat(merged.Select(Emphasised));
    }

    private static string Emphasised(Piece piece)
    {
        if (piece.IsImage || piece.Text.Trim().Length == 0 || !(piece.Bold || piece.Italic))
        {
            return piece.Text;
        }

        var marker = piece.Bold && piece.Italic ? "***" : piece.Bold ? "**" : "*";
        var core = piece.Text.Trim();
        var lead = piece.Text[..piece.Text.IndexOf(core, StringComparison.Ordinal)];
        var trail = piece.Text[(lead.Length + core.Length)..];
        return $"{lead}{marker}{core}{marker}{trail}";
    }

    private static void Collect(OpenXmlElement element, Context context, List<Piece> pieces)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    CollectRun(run, context, pieces);
                    break;
                case Hyperlink or SimpleField or InsertedRun or SdtRun or SdtContentRun or CustomXmlRun:
                    Collect(child, context, pieces);
                    break;
            }
        }
    }

    private static void CollectRun(Run run, Context context, List<Piece> pieces)
    {
        var bold = IsOn(run.RunProperties?.Bold);
        var italic = IsOn(run.RunProperties?.Italic);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    pieces.Add(new Piece(EscapeInline(text.Text), bold, italic, false));
                    break;
                case TabChar or Break or CarriageReturn:
                    pieces.Add(new Piece(" ", bold, italic, false));
                    break;
                case NoBreakHyphen:
                    pieces.Add(new Piece("-", bold, italic, false));
                    break;
                case Drawing drawing when Embed(drawing) is { } id && context.ImageUrl(id) is { } url:
                    pieces.Add(new Piece($"![{EscapeInline(Alt(drawing))}]({url})", false, false, true));
                    break;
            }
        }
    }

    private static string PlainText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants<Text>().Where(t => t.Parent is Run && !t.Ancestors<DeletedRun>().Any()).Select(t => t.Text));

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

    private static int HeadingLevel(Paragraph paragraph, Context context)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (id is null)
        {
            return 0;
        }

        var name = context.StyleName(id);
        return (id, name) switch
        {
            ("Title" or "Heading1" or "1", _) or (_, "title" or "heading 1") => 1,
            ("Heading2" or "2", _) or (_, "heading 2") => 2,
            ("Heading3" or "3", _) or (_, "heading 3") => 3,
            _ => 0,
        };
    }

    private static (string Marker, int Depth)? ListMarker(Paragraph paragraph, Context context)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        var numberId = numbering?.NumberingId?.Val?.Value;
        if (numbering is null || numberId == 0)
        {
            return null;
        }

        var level = Math.Clamp(numbering.NumberingLevelReference?.Val?.Value ?? 0, 0, 3);
        return (context.IsBullet(numberId, level) ? "-" : "1.", level);
    }

    private static string? Embed(Drawing drawing) => drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value;

    private static string Alt(Drawing drawing) => drawing.Descendants<DW.DocProperties>().FirstOrDefault()?.Description?.Value?.Trim() ?? "";

    [GeneratedRegex(@"^\d+[.)]")]
    private static partial Regex OrderedStart();

    private sealed record Piece(string Text, bool Bold, bool Italic, bool IsImage);

    private sealed class Context(MainDocumentPart main, Func<string, string?> imageUrl)
    {
        private readonly Dictionary<string, string> styleNames = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!)
            .ToDictionary(g => g.Key, g => g.First().StyleName!.Val!.Value!.ToLowerInvariant()) ?? [];

        public Func<string, string?> ImageUrl { get; } = imageUrl;

        public string? StyleName(string id) => styleNames.GetValueOrDefault(id);

        /// <summary>Whether the list level is drawn with bullets; a list the numbering part does not describe is taken as bulleted.</summary>
        public bool IsBullet(int? numberId, int level)
        {
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var format = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
                .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
            return format is null || format.Value == NumberFormatValues.Bullet;
        }
    }
}

/// <summary>A picture embedded in the document.</summary>
public sealed record WordImage(string RelationshipId, ImagePart Part, string Alt);
