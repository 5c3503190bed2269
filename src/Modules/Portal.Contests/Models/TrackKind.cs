namespace Portal.Contests.Models;

public enum TrackKind
{
    /// <summary>征文: a title and a body.</summary>
    Essay = 0,

    /// <summary>金点子: a title, the problem, the suggestion and the expected effect, short.</summary>
    GoldenIdea = 1,
}
