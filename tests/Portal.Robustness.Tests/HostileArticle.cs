using System.Text;

namespace Portal.Robustness.Tests;

/// <summary>
/// An article as a hostile or careless editor might write it: markup, script and odd characters in the title and the
/// body, around a made-up Latin <see cref="Word"/> that only this article holds (so a search for it finds a fresh segment).
/// </summary>
public sealed record HostileArticle(string Word, string Markup, string Title, string Body)
{
    private static readonly string[] Markups =
    [
        "<svg><script>x({0})</script></svg>", "<a href=\"javascript:x({0})\">点这里</a>", "<base href=\"javascript:x({0})//\">",
        "<img src=x onerror=x({0})>", "<iframe srcdoc=\"<script>x({0})</script>\">", "\"><b onmouseover=x({0})>", "<style>*{{x:expression(x({0}))}}</style>",
        "<math><mi xlink:href=\"javascript:x({0})\">", "<!--<script>x({0})</script>-->", "[点我](javascript:x({0}))", "<details open ontoggle=x({0})>",
        "title:民生 AND \"审议 OR NOT *{0}?", "' OR {0}=1 --", "{{{{7*{0}}}}}", "&lt;script&gt;x({0})&lt;/script&gt;",
    ];

    public static HostileArticle Make(Random random, int number)
    {
        var word = MadeUpWord(random);
        var markup = string.Format(System.Globalization.CultureInfo.InvariantCulture, Markups[random.Next(Markups.Length)], number);
        var title = $"{word} {markup} 第{number}期常委会会议 {WellFormed(HostileValues.Text(random))}";
        var body = new StringBuilder()
            .AppendLine($"{word} 常委会审议了{markup}的报告。{WellFormed(HostileValues.Text(random))}")
            .AppendLine()
            .AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, Markups[random.Next(Markups.Length)], number))
            .AppendLine()
            .AppendLine($"| {word} | <script>x({number})</script> |\n|---|---|\n| 民生 | {WellFormed(HostileValues.Text(random))} |")
            .AppendLine()
            .AppendLine($"```\n{WellFormed(HostileValues.Text(random))}\n```")
            .ToString();
        return new HostileArticle(word, markup, title.Length > 200 ? title[..200].TrimEnd() : title, body);
    }

    private static string MadeUpWord(Random random)
    {
        const string letters = "bcdfghjklmnpqrstvwxz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        for (var i = random.Next(3, 5); i > 0; i--)
        {
            word.Append(letters[random.Next(letters.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        return word.ToString();
    }

    /// <summary>
    /// The text without lone surrogates and NULs: a form post cannot carry the former, and the latter is refused by the
    /// PostgreSQL driver; the searches, not the articles, send those.
    /// </summary>
    private static string WellFormed(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]) && text[i] != '\0')
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
