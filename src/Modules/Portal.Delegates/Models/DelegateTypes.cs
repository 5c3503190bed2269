namespace Portal.Delegates.Models;

/// <summary>The content type the Delegates module defines.</summary>
public static class DelegateTypes
{
    public const string Profile = "DelegateProfile";
}
