using System.Globalization;
using System.Text;

namespace Portal.Robustness.Tests;

/// <summary>A value as it goes into an address (<see cref="Encoded"/>: percent-encoded, or broken on purpose) and as a failure message shows it.</summary>
public sealed record HostileValue(string Encoded, string Shown)
{
    public override string ToString() => Shown;
}

/// <summary>
/// What careless and hostile clients send: markup, Lucene and SQL syntax, paths, numbers and dates out of range,
/// control characters, mixed scripts, emoji, lone surrogates, broken percent-encodings and very long text. The fixed
/// values come first, then mixtures of them drawn from a seeded <see cref="Random"/>, so a seed sends the same values again.
/// </summary>
public static class HostileValues
{
    /// <summary>Longest encoded value: several of them fit in one address, which .NET's Uri caps at about 65 000 characters.</summary>
    private const int MaxEncodedLength = 9_000;

    private static readonly string[] Texts =
    [
        "", " ", "\t", "\u3000", "0", "-1", "1", "null", "undefined", "true", "NaN", "Infinity", "-Infinity",
        "<script>alert(1)</script>", "<svg><script>x(4)</script></svg>", "<svg onload=alert(1)>", "\"><img src=x onerror=alert(1)>",
        "<a href=\"javascript:x(7)\">点这里</a>", "<base href=\"javascript:x(35)//\">", "<iframe src=//evil.example>", "</textarea><script>",
        "<!--", "-->", "]]>", "<![CDATA[x]]>", "<?xml version=\"1.0\"?>", "&lt;b&gt;", "&#0;", "&#x110000;", "&amp;amp;", "{{7*7}}", "@(1+1)", "${jndi:ldap://x}",
        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example", "https://evil.example/", "\\\\evil.example\\share",
        "AND", "OR", "NOT", "民生 AND", "AND OR NOT", "*", "?", "~", "^", ":", "[", "]", "{", "}", "\"", "\\", "/", "+", "-", "!", "(", ")", "&&", "||",
        "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "title:民生", "*:*", "民生~2", "民生^100", "[a TO z]", "{* TO *}", "\"民生", "民生\"", "\"\"\"", "\\\"", "/.*/", "民生*", "?生",
        "' OR 1=1 --", "'; DROP TABLE \"ContentItems\"; --", "\" OR \"\"=\"", "1' AND SLEEP(0) AND '1'='1", "%' OR '%'='", "1 UNION SELECT NULL--", "') OR ('a'='a",
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "....//....//", ".", "..", "/admin", "admin", "/admin/users", "~/", "CON", "NUL", "a/b",
        "0", "-0", "+1", "00000000001", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999999999999999", "1e309", "-1e309", "1.5", "1,000", "0x10", "１２３", "٣", "Ⅻ", " 1", "1 ", "1e3", "0.0000001",
        "0001-01-01", "9999-12-31", "2012-02-30", "2012-13-01", "2012-00-10", "-0001-01-01", "10000-01-01", "2012/01/31", "31.01.2012", "2012-1-5",
        "２０１２-０１-３１", "2012-01-31T25:61:61", "2012-01-31T00:00:00Z", "yesterday", "今天",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "{00000000-0000-0000-0000-000000000000}", "not-a-guid",
        "Provincial", "Municipal", "999", "-999", "date", "relevance", "DATE", "0x7fffffff",
        "民生", "工作评议", "督办工作程序", "常务委员会", "人大代表", "中原经济区", "湿地巡查",
        "👍🏽", "👨‍👩‍👧‍👦", "🇨🇳", "𠀀𠀁", "𝕏", "ﷺ", "مرحبا", "שלום", "नमस्ते", "สวัสดี", "안녕하세요", "Привет", "ᠮᠣᠩᠭᠣᠯ", "བོད་ཡིག", "ئۇيغۇرچە",
        "Ünïcödé", "e\u0301\u0301\u0301\u0301", "Z\u0351\u0360\u0315a\u0352\u036Bl\u0346\u0352go", "\u202Egnp.exe", "\u2066x\u2069", "a\u200Bb", "\uFEFF", "\u00AD",
        "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\r\n", "\r\nSet-Cookie: x=1", "\u007F", "\u0085", "\u2028\u2029", "\uFFFD", "\uFFFE", "\uFFFF", "\uE000", "\U0010FFFF",
        "\uD800", "\uDFFF", "a\uD800b", "\uDC00\uD800", "民\uD83D生",
        "%s%s%s%n", "{0}", "{0:D9999999}", "%00", "%2e%2e%2f", "％", "＜script＞",
    ];

    /// <summary>Bytes and escapes a browser would never send, put into the address as they are.</summary>
    private static readonly string[] BrokenEncodings =
    [
        "%", "%%", "%G1", "%zz", "%4", "%E4%B8", "%E4%B8%AD%E5", "%ED%A0%80", "%ED%BF%BF", "%ED%A0%BD%ED%B8%80", "%C0%AF", "%C0%AE%C0%AE%2F", "%E0%80%AF",
        "%FF", "%FE%FF", "%F4%90%80%80", "%00", "a%00b", "%u4E2D", "%25%30%30", "%252e%252e%252f", "%0D%0ASet-Cookie:x=1", "%2F..%2F..%2Fetc%2Fpasswd",
        "%5C..%5C..", "+", "++", "%2B", "%20", "&", "=", "&&==", "&q=", ";", ";jsessionid=1", ",", "'", "\"", "<>", "%3Cscript%3E",
    ];

    private static readonly (int From, int To)[] Scripts =
    [
        (0x20, 0x7E), (0x00, 0x1F), (0x80, 0x9F), (0xA0, 0xFF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x5FF), (0x600, 0x6FF), (0x900, 0x97F),
        (0xE00, 0xE7F), (0x1100, 0x11FF), (0x1800, 0x18AF), (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0x3000, 0x303F), (0x3040, 0x30FF),
        (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xD800, 0xDFFF), (0xE000, 0xE0FF), (0xFF01, 0xFF5E), (0xFFF0, 0xFFFF), (0x1F300, 0x1FAFF), (0x20000, 0x2A6DF),
    ];

    public static int FixedCount => Texts.Length + BrokenEncodings.Length;

    /// <summary><paramref name="count"/> values: every fixed one (when <paramref name="count"/> allows), then random mixtures.</summary>
    public static IReadOnlyList<HostileValue> Draw(int seed, int count)
    {
        var random = new Random(seed);
        var values = new List<HostileValue>(count);
        values.AddRange(Texts.Select(Encode));
        values.AddRange(BrokenEncodings.Select(raw => new HostileValue(raw, $"(raw) {raw}")));
        values = values.Take(count).ToList();
        while (values.Count < count)
        {
            values.Add(Mixture(random));
        }

        return values;
    }

    /// <summary>One random text to search for or fill a field with (not encoded).</summary>
    public static string Text(Random random) => Pieces(random, random.Next(1, 5));

    /// <summary>Percent-encodes <paramref name="text"/> byte by byte; a lone surrogate becomes the three bytes it would have in UTF-8.</summary>
    public static HostileValue Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Utf8WithLoneSurrogates(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        if (encoded.Length > MaxEncodedLength)
        {
            // Cut before an escape rather than inside one.
            var cut = MaxEncodedLength;
            cut = encoded[cut - 1] == '%' ? cut - 1 : encoded[cut - 2] == '%' ? cut - 2 : cut;
            encoded.Length = cut;
        }

        return new HostileValue(encoded.ToString(), Show(text));
    }

    private static HostileValue Mixture(Random random)
    {
        var text = random.Next(10) switch
        {
            0 => Repeated(random),
            1 => Number(random),
            2 => Date(random),
            _ => Pieces(random, random.Next(1, 5)),
        };
        var value = Encode(text);
        if (random.Next(8) == 0)
        {
            var broken = BrokenEncodings[random.Next(BrokenEncodings.Length)];
            return new HostileValue(value.Encoded + broken, $"{value.Shown} + (raw) {broken}");
        }

        return value;
    }

    private static string Pieces(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (random.Next(2) == 0)
            {
                text.Append(Texts[random.Next(Texts.Length)]);
            }
            else
            {
                var (from, to) = Scripts[random.Next(Scripts.Length)];
                for (var n = random.Next(1, 12); n > 0; n--)
                {
                    var code = random.Next(from, to + 1);
                    text.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                }
            }

            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static string Repeated(Random random)
    {
        var piece = random.Next(3) == 0 ? Pieces(random, 1) : Texts[random.Next(Texts.Length)];
        return string.Concat(Enumerable.Repeat(piece.Length == 0 ? "民" : piece, random.Next(50, 3_000)));
    }

    private static string Number(Random random) => random.Next(4) switch
    {
        0 => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
        1 => new string('9', random.Next(10, 400)),
        2 => (random.NextDouble() * Math.Pow(10, random.Next(-30, 30)) * (random.Next(2) == 0 ? -1 : 1)).ToString("R", CultureInfo.InvariantCulture),
        _ => "-" + random.Next().ToString(CultureInfo.InvariantCulture),
    };

    private static string Date(Random random) =>
        $"{random.Next(-10, 100_000):D4}-{random.Next(-1, 100):D2}-{random.Next(-1, 100):D2}" + (random.Next(3) == 0 ? "T" + random.Next(0, 100) + ":99" : "");

    private static IEnumerable<byte> Utf8WithLoneSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i++, 2)))
                {
                    yield return b;
                }
            }
            else if (char.IsSurrogate(text[i]))
            {
                int unit = text[i];
                yield return (byte)(0xE0 | (unit >> 12));
                yield return (byte)(0x80 | ((unit >> 6) & 0x3F));
                yield return (byte)(0x80 | (unit & 0x3F));
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(text[i].ToString()))
                {
                    yield return b;
                }
            }
        }
    }

    /// <summary>The value readable in a failure message: controls and surrogates as \u escapes, long ones cut.</summary>
    private static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 120 ? text[..120] : text)
        {
            shown.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u202E' or '\uFEFF'
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return text.Length > 120 ? $"{shown}…({text.Length} chars)" : shown.ToString();
    }
}
