namespace Portal.Contests.Models;

/// <summary>The content type of a contest notice (title, theme, rules), kept by the content engine.</summary>
public static class ContestTypes
{
    public const string Contest = "Contest";
}
