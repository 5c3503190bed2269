namespace Portal.Study.Models;

/// <summary>A staff member has read a material.</summary>
public sealed class MaterialRead
{
    public int MaterialId { get; set; }

    public string UserId { get; set; } = "";

    public DateTime ReadAt { get; set; }
}
