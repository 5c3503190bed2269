using Portal.Delegates.Models;
using Portal.Delegates.Rules;

namespace Portal.Delegates.Tests;

public sealed class DelegateImportRulesTests
{
    private static readonly ExistingDelegates Nothing = new(new HashSet<string>(), new Dictionary<string, string>(), new HashSet<string>());

    private static readonly string[] Columns = [.. DelegateSheet.Public, .. DelegateSheet.Private];

    private static Dictionary<string, object?> Row(string name, string level = "市级", object? start = null, string delegation = "示例区代表团", string? id = null) => new()
    {
        [DelegateSheet.Name] = name,
        [DelegateSheet.Level] = level,
        [DelegateSheet.Congress] = "许昌市第十四届人民代表大会",
        [DelegateSheet.Delegation] = delegation,
        [DelegateSheet.Start] = start ?? "2012-01-01",
        [DelegateSheet.IdNumber] = id,
    };

    private static ImportCheck Check(params Dictionary<string, object?>[] rows) => DelegateImportRules.Check(Columns, rows, Nothing);

    [Fact]
    public void Good_rows_become_delegates_with_one_current_term()
    {
        var check = Check(Row("代表子"), Row("代表丑", "县级", new DateTime(2011, 10, 1), "示例县选区"));

        Assert.True(check.Succeeded);
        Assert.Equal(2, check.Delegates.Count);
        var second = check.Delegates[1];
        Assert.Equal(3, second.Row);
        Assert.Equal(DelegateLevel.County, second.Fields.CurrentMandate!.Level);
        Assert.Equal(new DateOnly(2011, 10, 1), second.Fields.CurrentMandate.Start);
    }

    [Fact]
    public void Missing_columns_are_named_and_nothing_else_is_checked()
    {
        var check = DelegateImportRules.Check([DelegateSheet.Name, DelegateSheet.Level], [Row("代表子")], Nothing);

        var problem = Assert.Single(check.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Contains("缺少必需的列：届别、代表团或选区、任期开始", problem.Message);
        Assert.Empty(check.Delegates);
    }

    [Fact]
    public void Each_bad_row_is_reported_with_its_row_number_and_none_is_imported()
    {
        var check = Check(
            Row("代表子"),
            Row("代表丑", level: "省级"),
            Row("代表寅", start: "2012-13-45"),
            Row("代表子"),
            Row("", id: "110105194912310021"));

        Assert.False(check.Succeeded);
        Assert.Empty(check.Delegates);
        Assert.Contains(check.Problems, p => p.Row == 3 && p.Column == DelegateSheet.Level && p.Message.Contains("层级“省级”无法识别"));
        Assert.Contains(check.Problems, p => p.Row == 4 && p.Column == DelegateSheet.Start && p.Message.Contains("不是有效的日期"));
        Assert.Contains(check.Problems, p => p.Row == 5 && p.Message.Contains("与第 2 行重复"));
        Assert.Contains(check.Problems, p => p.Row == 6 && p.Column == DelegateSheet.Name && p.Message.Contains("不能为空"));
        Assert.Contains(check.Problems, p => p.Row == 6 && p.Column == DelegateSheet.IdNumber);
        Assert.DoesNotContain(check.Problems, p => p.Row == 2);
    }

    [Fact]
    public void Duplicates_of_existing_delegates_identity_numbers_and_routes_are_refused()
    {
        var existing = new ExistingDelegates(
            new HashSet<string> { "11010519491231002X" },
            new Dictionary<string, string> { [ExistingDelegates.Key("代表甲", "示例区代表团")] = "代表甲" },
            new HashSet<string> { "daibiao-jia" });
        var withSlug = Row("代表卯");
        withSlug[DelegateSheet.Slug] = "daibiao-jia";

        var check = DelegateImportRules.Check(Columns, [Row("代表甲"), Row("代表寅", id: "11010519491231002X"), withSlug], existing);

        Assert.Contains(check.Problems, p => p.Row == 2 && p.Message.Contains("系统中已有代表“代表甲”"));
        Assert.Contains(check.Problems, p => p.Row == 3 && p.Column == DelegateSheet.IdNumber);
        Assert.Contains(check.Problems, p => p.Row == 4 && p.Column == DelegateSheet.Slug);
    }

    [Fact]
    public void An_end_before_the_start_and_private_values_in_the_biography_are_refused()
    {
        var row = Row("代表子");
        row[DelegateSheet.End] = "2011-12-31";
        row[DelegateSheet.Phone] = "13912345678";
        row[DelegateSheet.Biography] = "联系电话 13912345678";

        var check = Check(row);

        Assert.Contains(check.Problems, p => p.Column == DelegateSheet.End && p.Message.Contains("早于任期开始"));
        Assert.Contains(check.Problems, p => p.Column == DelegateSheet.Biography && p.Message.Contains("私人电话"));
    }

    [Fact]
    public void Blank_rows_are_skipped_and_an_empty_sheet_is_refused()
    {
        var blank = Columns.ToDictionary(c => c, _ => (object?)null);
        Assert.True(Check(Row("代表子"), blank).Succeeded);
        Assert.Contains("没有代表数据", Assert.Single(Check(blank).Problems).Message);
    }

    [Theory]
    [InlineData("2012-01-05")]
    [InlineData("2012/1/5")]
    [InlineData("2012年1月5日")]
    [InlineData(40913.0)]
    public void Dates_come_as_text_or_excel_serial_numbers(object cell) =>
        Assert.Equal(new DateOnly(2012, 1, 5), DelegateImportRules.ParseDate(cell));
}
