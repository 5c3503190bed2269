using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Delegates.Models;
using Portal.Testing;

namespace Portal.Delegates.Tests;

public sealed class ImportExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, object?> Row(string name, string level = "市级", string start = "2012-01-01", string? slug = null) => new()
    {
        ["姓名"] = name, ["层级"] = level, ["届别"] = "许昌市第十四届人民代表大会", ["代表团或选区"] = "导入测试代表团", ["任期开始"] = start,
        ["职业"] = "工程师", ["网址标识"] = slug, ["手机号码"] = "13966667777",
    };

    private async Task<(DelegatesDriver Editor, string Html)> ImportAsync(byte[] file, string fileName = "delegates.xlsx", bool publish = true)
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var response = await editor.PostMultipartAsync("/admin/delegates/import", "/admin/delegates/import",
            publish ? new() { ["publish"] = "true" } : new(), "file", fileName, file, DelegatesDriver.Xlsx);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (editor, await response.Content.ReadAsStringAsync());
    }

    private Task<int> ProfileCountAsync(DelegatesDriver driver) => driver.DbAsync(db => db.Set<DelegateIndex>().CountAsync());

    [Fact]
    public async Task A_clean_sheet_imports_every_row_and_publishes_it()
    {
        var (editor, html) = await ImportAsync(DelegatesDriver.Workbook([Row("导入甲", slug: "import-jia"), Row("导入乙", "乡级", "2011-09-01", "import-yi")]));

        Assert.Contains("data-field=\"imported\">2<", html);
        var reader = PortalClient.Create(factory);
        Assert.Contains("导入乙", await reader.GetStringAsync("/delegates/import-yi"));
        Assert.Contains("乡级人大代表", await reader.GetStringAsync("/delegates/import-yi"));
        Assert.Equal("13966667777", await editor.DbAsync(db => (
            from p in db.Set<DelegatePrivateInfo>() join i in db.Set<DelegateIndex>() on p.ContentItemId equals i.ContentItemId
            where i.Slug == "import-jia" select p.Phone).SingleAsync()));
    }

    [Fact]
    public async Task A_sheet_with_any_bad_row_imports_nothing_and_reports_every_row_in_chinese()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var before = await ProfileCountAsync(editor);

        var (_, html) = await ImportAsync(DelegatesDriver.Workbook([
            Row("坏表甲"), Row("坏表乙", "省级"), Row("坏表丙", start: "2012年13月1日"), Row("坏表甲"), Row("代表甲")]));

        Assert.Contains("数据库未作任何修改", html);
        Assert.Contains("第 3 行", html);
        Assert.Contains("层级“省级”无法识别", html);
        Assert.Contains("不是有效的日期", html);
        Assert.Contains("与第 2 行重复", html);
        Assert.Equal(before, await ProfileCountAsync(editor));
        Assert.DoesNotContain(">坏表甲</a>", await PortalClient.Create(factory).GetStringAsync("/delegates?q=" + Uri.EscapeDataString("坏表甲")));
    }

    [Fact]
    public async Task Missing_columns_and_files_that_are_not_workbooks_are_refused()
    {
        var (_, missing) = await ImportAsync(DelegatesDriver.Workbook([new() { ["姓名"] = "缺列代表", ["层级"] = "市级" }]));
        Assert.Contains("缺少必需的列：届别、代表团或选区、任期开始", missing);

        var (_, notExcel) = await ImportAsync("姓名,层级\n某,市级"u8.ToArray(), "delegates.csv");
        Assert.Contains("文件不是 Excel 工作簿", notExcel);
    }

    [Fact]
    public async Task The_export_lists_the_published_directory_without_private_fields()
    {
        await ImportAsync(DelegatesDriver.Workbook([Row("导出测试代表", slug: "export-test")]));
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var response = await editor.Http.GetAsync("/admin/delegates/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DelegatesDriver.Xlsx, response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => (string?)r["姓名"] == "导出测试代表" && (string?)r["层级"] == "市级");
        Assert.Contains(rows, r => (string?)r["姓名"] == "代表丙" && (string?)r["常委会职务"] == "副主任");
        Assert.DoesNotContain("手机号码", rows[0].Keys);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString() == "13966667777"));
    }
}
