namespace Portal.Regulations.Models;

/// <summary>Whether a document is in force (时效性).</summary>
public enum Validity
{
    InForce,
    Amended,
    Repealed,
}

/// <summary>What a later document does to an earlier one.</summary>
public enum ChangeKind
{
    Amends,
    Repeals,
}

public static class ValidityNames
{
    public static string DisplayName(this Validity validity) => validity switch
    {
        Validity.InForce => "有效",
        Validity.Amended => "已修订",
        Validity.Repealed => "已废止",
        _ => validity.ToString(),
    };

    public static string CssClass(this Validity validity) => validity switch
    {
        Validity.InForce => "validity-in-force",
        Validity.Amended => "validity-amended",
        _ => "validity-repealed",
    };

    public static string DisplayName(this ChangeKind kind) => kind == ChangeKind.Amends ? "修订" : "废止";
}
