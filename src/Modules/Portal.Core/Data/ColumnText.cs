namespace Portal.Core.Data;

/// <summary>Text cut to the length its column holds, for free text such as errors and summaries.</summary>
public static class ColumnText
{
    /// <summary>
    /// At most <paramref name="maxLength"/> UTF-16 units, never ending in half of a character written as a surrogate pair
    /// (an emoji, a rare Chinese character): half of one is not text, and PostgreSQL refuses it.
    /// </summary>
    public static string Clip(this string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];
    }
}
