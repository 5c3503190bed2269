namespace Portal.Study.Rules;

/// <summary>Who may be signed in to a session, and when.</summary>
public static class SignInRules
{
    /// <summary>A member's own sign-in by QR code: refused outside the window, and for a session without a sign-in sheet.</summary>
    public static string? RefuseOwn(SignInWindow window, DateTime now, bool keepsSheet, bool isExpected, bool alreadySignedIn)
    {
        if (!keepsSheet)
        {
            return "个人自学无需签到。";
        }

        if (!isExpected)
        {
            return "您不在本次学习的参加范围内（本次为其他支部的学习）。";
        }

        if (alreadySignedIn)
        {
            return null;
        }

        return window.At(now) switch
        {
            SignInTiming.TooEarly => $"签到尚未开始：学习开始前 {(int)SignInWindow.OpensBeforeStart.TotalMinutes} 分钟开放签到。",
            SignInTiming.Closed => "签到已结束：学习结束后不能再扫码签到，请联系学习组织者。",
            _ => null,
        };
    }

    /// <summary>An organiser may sign an expected member in at any time from the opening of the window, even afterwards (a late correction).</summary>
    public static string? RefuseByOrganiser(SignInWindow window, DateTime now, bool keepsSheet, bool isExpected)
    {
        if (!keepsSheet)
        {
            return "个人自学无需签到。";
        }

        if (!isExpected)
        {
            return "此人不在本次学习的参加范围内。";
        }

        return window.At(now) == SignInTiming.TooEarly ? "签到尚未开始，不能代为签到。" : null;
    }
}
