namespace Portal.Search.ViewModels;

public sealed record SearchAdminPage(int Documents, long? Mark, int Pending, DateTime? LastRebuiltAt, string IndexPath);
