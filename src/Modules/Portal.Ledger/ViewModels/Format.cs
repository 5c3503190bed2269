using System.Globalization;

namespace Portal.Ledger.ViewModels;

/// <summary>Numbers and dates as the ledger pages write them.</summary>
public static class Format
{
    /// <summary>80.8, 100, 0: one decimal at most, a dot whatever the culture.</summary>
    public static string Rate(decimal percent) => percent.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
