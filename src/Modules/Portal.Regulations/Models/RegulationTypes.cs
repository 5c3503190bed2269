namespace Portal.Regulations.Models;

public static class RegulationTypes
{
    /// <summary>The content type of every document in the library; its kind is a field.</summary>
    public const string Regulation = "Regulation";
}
