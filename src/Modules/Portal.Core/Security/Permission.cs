namespace Portal.Core.Security;

/// <summary>A right that a module declares as a static field and demands by reference.</summary>
public sealed record Permission(string Name, string DisplayName, string Category)
{
    public override string ToString() => Name;
}
