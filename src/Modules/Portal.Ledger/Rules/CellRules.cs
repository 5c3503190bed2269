using System.Globalization;

namespace Portal.Ledger.Rules;

/// <summary>Reads spreadsheet cells as people fill them in: text, numbers, and dates typed or formatted as dates.</summary>
public static class CellRules
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };

    /// <summary>A date cell: a real date, or text in a common Chinese or ISO form. False when it cannot be read.</summary>
    public static bool TryDate(object? cell, out DateOnly date)
    {
        switch (cell)
        {
            case DateTime dateTime:
                date = DateOnly.FromDateTime(dateTime);
                return true;
            case double serial when serial is > 1 and < 2958466:
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            default:
                return DateOnly.TryParseExact(Text(cell), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
    }

    /// <summary>A whole number, e.g. 80 or 80.0 or 80%; false for anything else.</summary>
    public static bool TryInteger(object? cell, out int value)
    {
        var text = Text(cell).TrimEnd('%', '％').Trim();
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)number;
            return true;
        }

        value = 0;
        return false;
    }
}
