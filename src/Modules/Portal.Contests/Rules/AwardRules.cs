using Portal.Contests.Models;

namespace Portal.Contests.Rules;

/// <summary>The awards an administrator may give in a track, in the order the results page lists them.</summary>
public static class AwardRules
{
    public static IReadOnlyList<string> Choices(TrackKind kind) =>
        kind == TrackKind.Essay ? ["一等奖", "二等奖", "三等奖", "优秀征文"] : ["一等奖", "二等奖", "三等奖", "优秀金点子"];

    public static bool IsValid(TrackKind kind, string? award) => award is null || Choices(kind).Contains(award);

    public static int Order(TrackKind kind, string? award) =>
        award is null ? int.MaxValue : Choices(kind).ToList().IndexOf(award) is var i and >= 0 ? i : int.MaxValue;
}
