namespace Portal.Core.Data;

/// <summary>Text cut to the length its column holds, for free text such as errors and summaries.</summary>
public static class ColumnText
{
    public static string Clip(this string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
