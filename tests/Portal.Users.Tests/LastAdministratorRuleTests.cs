using Portal.Users.Rules;

namespace Portal.Users.Tests;

public sealed class LastAdministratorRuleTests
{
    [Theory]
    [InlineData(true, false, 1, true)]
    [InlineData(true, false, 0, true)]
    [InlineData(true, false, 2, false)]
    [InlineData(true, true, 1, false)]
    [InlineData(false, false, 1, false)]
    [InlineData(false, true, 0, false)]
    public void Forbids_only_taking_away_the_last_enabled_administrator(bool isEnabledAdministrator, bool staysEnabledAdministrator, int enabledAdministrators, bool forbidden)
    {
        Assert.Equal(forbidden, LastAdministratorRule.Forbids(isEnabledAdministrator, staysEnabledAdministrator, enabledAdministrators));
    }
}
