using System.Globalization;
using Portal.Ledger.Rules;

namespace Portal.Ledger.ViewModels;

public sealed record ChartSegment(string CssClass, string Label, int Count, double X, double Width)
{
    public string XText => X.ToString("0.##", CultureInfo.InvariantCulture);

    public string WidthText => Width.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed record ChartRow(AreaFigures Area, double Y, IReadOnlyList<ChartSegment> Segments);

/// <summary>
/// A server-drawn SVG chart: one stacked bar per area (done, in progress, overdue, not started, paused),
/// scaled to the area with most tasks. Sizes are SVG attributes, so no inline style is needed.
/// </summary>
public sealed record AreaChart(IReadOnlyList<ChartRow> Rows, double Height)
{
    public const double LabelWidth = 190;
    public const double BarWidth = 420;
    public const double RowHeight = 30;
    public const double BarHeight = 18;
    public const double Width = LabelWidth + BarWidth + 90;

    public static readonly IReadOnlyList<(string CssClass, string Label)> Legend =
    [
        ("ledger-fill-done", "已完成"),
        ("ledger-fill-in-progress", "进行中"),
        ("ledger-fill-overdue", "已逾期"),
        ("ledger-fill-not-started", "未开始"),
        ("ledger-fill-paused", "暂缓"),
    ];

    public static AreaChart From(LedgerFigures figures)
    {
        var most = Math.Max(1, figures.Areas.Select(a => a.Tasks.Total).DefaultIfEmpty(0).Max());
        var rows = figures.Areas.Select((area, i) =>
        {
            var t = area.Tasks;
            var counts = new[] { t.Done, t.InProgress, t.Overdue, t.NotStarted, t.Paused };
            var x = LabelWidth;
            var segments = new List<ChartSegment>();
            for (var k = 0; k < counts.Length; k++)
            {
                var width = counts[k] * BarWidth / most;
                if (counts[k] > 0)
                {
                    segments.Add(new ChartSegment(Legend[k].CssClass, Legend[k].Label, counts[k], x, width));
                }

                x += width;
            }

            return new ChartRow(area, i * RowHeight, segments);
        }).ToList();
        return new AreaChart(rows, Math.Max(RowHeight, rows.Count * RowHeight));
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
