namespace Portal.Core.Navigation;

/// <summary>A module's entries in the public main navigation.</summary>
public interface ISiteNavigationProvider
{
    Task<IEnumerable<SiteNavigationItem>> GetItemsAsync();
}
