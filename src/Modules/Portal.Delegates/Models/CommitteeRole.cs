namespace Portal.Delegates.Models;

/// <summary>A delegate's role on the standing committee, if any.</summary>
public enum CommitteeRole
{
    None = 0,
    Director = 1,
    DeputyDirector = 2,
    Member = 3,
}
