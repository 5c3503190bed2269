namespace Portal.Core.Navigation;

public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
