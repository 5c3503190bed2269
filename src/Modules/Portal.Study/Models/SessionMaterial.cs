namespace Portal.Study.Models;

public sealed class SessionMaterial
{
    public int SessionId { get; set; }

    public int MaterialId { get; set; }
}
