using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Study.Rules;

/// <summary>
/// The text of a session's sign-in QR code: the session, its window and a signature by the session's secret.
/// It names no member (whoever is signed in uses it), so it cannot sign anyone else in; it is useless once the
/// window or the secret changes, or outside the window.
/// </summary>
public static class SignInTokens
{
    private const int SignatureBytes = 16;

    /// <summary>Not in the base64url alphabet of the signature, and safe in a URL path.</summary>
    private const char Separator = '.';

    public static string NewSecret() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Create(int sessionId, SignInWindow window, string secret)
    {
        var payload = Payload(sessionId, window);
        return $"{payload}{Separator}{Sign(payload, secret)}";
    }

    /// <summary>The session a token claims to be for, or null when it is not a token at all.</summary>
    public static int? SessionOf(string? token)
    {
        var parts = token?.Split(Separator);
        return parts is { Length: 4 } && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static SignInTokenCheck Check(string token, int sessionId, SignInWindow window, string secret)
    {
        var parts = token.Split(Separator);
        if (parts.Length != 4 || SessionOf(token) != sessionId)
        {
            return SignInTokenCheck.Malformed;
        }

        var claimed = string.Join(Separator, parts[..3]);
        var expected = Sign(claimed, secret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[3]), Encoding.ASCII.GetBytes(expected)))
        {
            return SignInTokenCheck.Forged;
        }

        return claimed == Payload(sessionId, window) ? SignInTokenCheck.Valid : SignInTokenCheck.Outdated;
    }

    public static string Message(SignInTokenCheck check) => check switch
    {
        SignInTokenCheck.Malformed or SignInTokenCheck.Forged => "签到二维码无效，请扫描会场展示的二维码。",
        SignInTokenCheck.Outdated => "签到二维码已失效（学习时间已调整或二维码已更换），请扫描会场当前展示的二维码。",
        _ => "",
    };

    private static string Payload(int sessionId, SignInWindow window) =>
        string.Create(CultureInfo.InvariantCulture, $"{sessionId}{Separator}{Minutes(window.OpensAt)}{Separator}{Minutes(window.ClosesAt)}");

    private static long Minutes(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalMinutes;

    private static string Sign(string payload, string secret)
    {
        var mac = HMACSHA256.HashData(WebEncoders.Base64UrlDecode(secret), Encoding.UTF8.GetBytes(payload));
        return WebEncoders.Base64UrlEncode(mac.AsSpan(0, SignatureBytes).ToArray());
    }
}

public enum SignInTokenCheck
{
    Valid,
    Malformed,
    Forged,
    Outdated,
}
