namespace Portal.Setup.Models;

/// <summary>Marks a recipe as executed, so that setup never runs it twice.</summary>
public sealed class RecipeRun
{
    public string Name { get; set; } = "";

    public DateTime RanAt { get; set; }
}
