namespace Portal.Delegates.Tests;

/// <summary>Valid-looking resident identity numbers made up for tests (the check character computed).</summary>
internal static class IdNumbers
{
    public static string Make(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
