using System.Text.RegularExpressions;

namespace Portal.Delegates.Rules;

/// <summary>
/// Keeps personal data out of what the public reads: checks private values, finds phone and identity numbers
/// in public text, and says who may see a delegate's private fields.
/// </summary>
public static partial class PrivacyRules
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCodes = "10X98765432";

    /// <summary>Those who manage delegates see every profile's private fields; a delegate sees only their own.</summary>
    public static bool MaySeePrivateFields(bool managesDelegates, long? ownProfileId, long profileId) =>
        managesDelegates || ownProfileId == profileId;

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

    /// <summary>For lists where a glance is enough: 139****5678.</summary>
    public static string MaskPhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? "" : phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    /// <summary>For lists where a glance is enough: 4110**********123X.</summary>
    public static string MaskIdNumber(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "" : id.Length <= 8 ? new string('*', id.Length) : id[..4] + new string('*', id.Length - 8) + id[^4..];

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
