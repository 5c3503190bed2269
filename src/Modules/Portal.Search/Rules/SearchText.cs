using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Search.Rules;

/// <summary>
/// The text of a page as the index reads it. A line break inside a sentence (Markdown's soft break) joins the two
/// Chinese characters around it again, so that a word split across lines is still found; paragraphs stay apart.
/// </summary>
public static partial class SearchText
{
    public static string FromHtml(string html)
    {
        var text = BlockEnd().Replace(html, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        return FromPlainText(WebUtility.HtmlDecode(text));
    }

    public static string FromPlainText(string text)
    {
        var joined = SoftBreakInChinese().Replace(text.Replace("\r\n", "\n"), "");
        return Spaces().Replace(joined, match => match.Value.Contains('\n') ? "\n" : " ").Trim();
    }

    [GeneratedRegex(@"</(p|h[1-6]|li|div|tr|blockquote|pre|table|ul|ol)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>Whitespace holding exactly one line break between two Chinese characters.</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[ \t\u3000]*\n[ \t\u3000]*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SoftBreakInChinese();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
