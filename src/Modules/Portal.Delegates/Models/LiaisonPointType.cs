namespace Portal.Delegates.Models;

/// <summary>The kinds of liaison point of 「三联」.</summary>
public enum LiaisonPointType
{
    KeyProject = 0,
    Enterprise = 1,
    RuralCommunity = 2,
    VoterGroup = 3,
}
