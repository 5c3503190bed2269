namespace Portal.Regulations.Models;

/// <summary>A published document (<see cref="FromId"/>) amends or repeals another (<see cref="ToId"/>).</summary>
public sealed class RegulationLink
{
    public long Id { get; set; }

    public long FromId { get; set; }

    public long ToId { get; set; }

    public ChangeKind Kind { get; set; }
}
