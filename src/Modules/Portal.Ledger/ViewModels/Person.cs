namespace Portal.Ledger.ViewModels;

/// <summary>A portal user who can own or lead tasks.</summary>
public sealed record Person(string Id, string UserName, string DisplayName)
{
    public string Label => $"{DisplayName}（{UserName}）";
}
