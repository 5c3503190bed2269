namespace Portal.Core.Navigation;

/// <summary>One entry of the public main navigation; entries are shown in ascending <see cref="Order"/> after 首页.</summary>
public sealed record SiteNavigationItem(string Text, string Url, int Order);
