using System.Text.RegularExpressions;

namespace Portal.Delegates.Rules;

/// <summary>
/// Keeps personal data out of what the public reads: checks private values and finds phone and identity numbers,
/// or a delegate's own private values, in text meant for the public.
/// </summary>
public static partial class PrivacyRules
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCodes = "10X98765432";

    /// <summary>A resident identity number (GB 11643): 17 digits, a valid birth date and the check character.</summary>
    public static bool IsValidIdNumber(string value)
    {
        var id = value.Trim().ToUpperInvariant();
        if (!IdNumber().IsMatch(id)
            || !DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", out var birth)
            || birth.Year < 1900)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * IdWeights[i];
        }

        return IdCheckCodes[sum % 11] == id[17];
    }

    /// <summary>A mainland mobile number or a landline with its area code.</summary>
    public static bool IsValidPhone(string value) => Phone().IsMatch(value.Trim());

    /// <summary>Which kinds of personal data (手机号码, 身份证号) appear in a text meant for the public.</summary>
    public static IReadOnlyList<string> PersonalDataIn(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        if (MobileInText().IsMatch(text))
        {
            found.Add("手机号码");
        }

        if (IdInText().IsMatch(text))
        {
            found.Add("身份证号");
        }

        return found;
    }

    /// <summary>Which of the delegate's private values appear in a text meant for the public.</summary>
    public static IReadOnlyList<string> PrivateValuesIn(string? text, string? phone, string? idNumber, string? homeAddress)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        var compact = Compact(text);
        if (Appears(compact, phone))
        {
            found.Add("私人电话");
        }

        if (Appears(compact, idNumber))
        {
            found.Add("身份证号");
        }

        if (Appears(compact, homeAddress))
        {
            found.Add("家庭住址");
        }

        return found;
    }

    private static bool Appears(string compactText, string? value) =>
        !string.IsNullOrWhiteSpace(value) && Compact(value).Length >= 4
        && compactText.Contains(Compact(value), StringComparison.OrdinalIgnoreCase);

    private static string Compact(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex("^[0-9]{17}[0-9X]$")]
    private static partial Regex IdNumber();

    [GeneratedRegex("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")]
    private static partial Regex Phone();

    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex MobileInText();

    [GeneratedRegex("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdInText();

    [GeneratedRegex("[\\s-]+")]
    private static partial Regex Whitespace();
}
