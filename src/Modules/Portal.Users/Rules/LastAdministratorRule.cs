namespace Portal.Users.Rules;

/// <summary>The site must keep at least one enabled administrator, or nobody could manage its users any more.</summary>
public static class LastAdministratorRule
{
    public const string Message = "这是最后一名启用的管理员，不能停用，也不能取消其管理员角色。";

    /// <param name="isEnabledAdministrator">The account is an administrator and not disabled, before the change.</param>
    /// <param name="staysEnabledAdministrator">The account is still an enabled administrator after the change.</param>
    /// <param name="enabledAdministrators">How many enabled administrators the site has before the change.</param>
    public static bool Forbids(bool isEnabledAdministrator, bool staysEnabledAdministrator, int enabledAdministrators) =>
        isEnabledAdministrator && !staysEnabledAdministrator && enabledAdministrators <= 1;
}
