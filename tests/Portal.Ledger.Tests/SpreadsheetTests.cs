using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Ledger.Models;
using Portal.Ledger.Services;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>Export a ledger to Excel and import the same format back: identical data, row-by-row reports, all or nothing.</summary>
public sealed class SpreadsheetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Export_then_import_into_a_ledger_with_the_same_areas_gives_identical_data()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var source = await LedgerIdAsync(editor, "2012");
        var workbook = await ExportAsync(editor, source);

        var copy = await CreateLedgerAsync(editor, "2012-copy");
        var report = await ImportAsync(editor, copy, workbook);
        Assert.Contains("导入成功：新增 52 项，更新 0 项，未变 0 项。", report);

        Assert.Equal(await SnapshotAsync(editor, source), await SnapshotAsync(editor, copy));
        Assert.Equal(Rows(workbook), Rows(await ExportAsync(editor, copy)));
    }

    [Fact]
    public async Task Importing_the_export_again_changes_nothing_and_a_changed_row_is_trailed()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var ledger = await LedgerIdAsync(editor, "2012");
        var workbook = await ExportAsync(editor, ledger);
        var changes = await editor.DbAsync(db => db.Set<TaskChange>().CountAsync());

        Assert.Contains("导入成功：新增 0 项，更新 0 项，未变 52 项。", await ImportAsync(editor, ledger, workbook));
        Assert.Equal(changes, await editor.DbAsync(db => db.Set<TaskChange>().CountAsync()));

        var (tasks, subTasks) = Sheets(workbook);
        var row = tasks.Single(r => Convert.ToInt32(r[WorkbookFormat.Number]) == 50);
        row[WorkbookFormat.Status] = "已完成";
        row[WorkbookFormat.Progress] = 100;
        row[WorkbookFormat.CompletedOn] = "2013-01-20";
        Assert.Contains("导入成功：新增 0 项，更新 1 项，未变 51 项。", await ImportAsync(editor, ledger, Workbook(tasks, subTasks)));

        var page = await editor.WorkspaceAsync(await editor.TaskIdAsync(50));
        Assert.Contains("状态：进行中 → 已完成", page);
        Assert.Contains("编辑甲", page);
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_is_reported_row_by_row_in_Chinese_and_nothing_is_saved()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var ledger = await LedgerIdAsync(editor, "2012");
        var before = await SnapshotAsync(editor, ledger);
        var (tasks, subTasks) = Sheets(await ExportAsync(editor, ledger));

        tasks[0][WorkbookFormat.Title] = "导入时被改的标题";
        tasks[1][WorkbookFormat.Area] = "不存在的方面";
        tasks[2][WorkbookFormat.StartDate] = "2012-13-01";
        tasks[3][WorkbookFormat.Deadline] = "2011-01-01";
        tasks[4][WorkbookFormat.Progress] = 120;
        tasks[5][WorkbookFormat.Owner] = "nobody";
        tasks[6][WorkbookFormat.Status] = "完成了";
        tasks.Add(new Dictionary<string, object?>(tasks[7]) { [WorkbookFormat.Title] = "新任务但序号重复" });

        var html = await ImportAsync(editor, ledger, Workbook(tasks, subTasks));

        Assert.Contains("未导入：表格中有 7 处问题", html);
        Assert.Contains("工作任务 第 3 行", html);
        Assert.Contains("方面“不存在的方面”不是本台账的方面", html);
        Assert.Contains("开始日期“2012-13-01”不是有效日期，请写成 2012-03-01 的格式。", html);
        Assert.Contains("完成时限（2011-01-01）不能早于开始日期", html);
        Assert.Contains("进度须在 0 到 100 之间，填写的是 120。", html);
        Assert.Contains("责任人账号“nobody”不存在或已停用。", html);
        Assert.Contains("状态“完成了”无法识别", html);
        Assert.Contains("与第 9 行重复", html);
        Assert.Equal(before, await SnapshotAsync(editor, ledger));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_message()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var ledger = await LedgerIdAsync(editor, "2012");

        Assert.Contains("文件不是有效的 Excel 工作簿（.xlsx）", await ImportAsync(editor, ledger, "序号,方面\n1,组织领导"u8.ToArray()));
    }

    private static async Task<int> LedgerIdAsync(LedgerDriver driver, string slug) =>
        await driver.DbAsync(db => db.Set<WorkLedger>().Where(l => l.Slug == slug).Select(l => l.Id).SingleAsync());

    private static async Task<byte[]> ExportAsync(LedgerDriver editor, int ledger)
    {
        var response = await editor.Client.Http.GetAsync($"/admin/ledger/{ledger}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkbookFormat.ContentType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> ImportAsync(LedgerDriver editor, int ledger, byte[] workbook)
    {
        var page = await editor.Client.GetStringAsync($"/admin/ledger/{ledger}/import");
        var file = new ByteArrayContent(workbook);
        var form = new MultipartFormDataContent { { new StringContent(PortalClient.Token(page)), "__RequestVerificationToken" }, { file, "file", "台账.xlsx" } };
        var response = await editor.Client.Http.PostAsync($"/admin/ledger/{ledger}/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A new ledger with the areas of the 2012 one, through the admin forms.</summary>
    private static async Task<int> CreateLedgerAsync(LedgerDriver editor, string slug)
    {
        var saved = await editor.Client.PostFormAsync("/admin/ledger/create", "/admin/ledger/save",
            new() { ["Title"] = "2012年台账（副本）", ["Slug"] = slug, ["IsPublic"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await LedgerIdAsync(editor, slug);
        var areas = await editor.DbAsync(db => db.Set<LedgerArea>().Where(a => db.Set<WorkLedger>().Any(l => l.Id == a.LedgerId && l.Slug == "2012")).OrderBy(a => a.SortOrder).Select(a => a.Name).ToListAsync());
        foreach (var (name, i) in areas.Select((n, i) => (n, i)))
        {
            var added = await editor.Client.PostFormAsync($"/admin/ledger/{id}", $"/admin/ledger/{id}/areas", new() { ["name"] = name, ["sortOrder"] = (i * 10).ToString() });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        return id;
    }

    /// <summary>Every task of a ledger as the workbook carries it, by number, with area names and user names instead of ids.</summary>
    private static Task<List<string>> SnapshotAsync(LedgerDriver driver, int ledger) => driver.DbAsync(async db =>
    {
        var tasks = await db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks).Where(t => t.LedgerId == ledger).OrderBy(t => t.Number).ToListAsync();
        var areas = await db.Set<LedgerArea>().ToDictionaryAsync(a => a.Id, a => a.Name);
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName);
        return tasks.Select(t => string.Join(" | ", t.Number, areas[t.AreaId], t.Title, t.Description, t.LeaderId is null ? "" : users[t.LeaderId],
            t.OwnerUnits, users[t.OwnerId], t.StartDate, t.Deadline, t.Status, t.Progress, t.CompletedOn,
            string.Join(";", t.SubTasks.OrderBy(s => s.SortOrder).Select(s => $"{s.Title}={s.Progress}")))).ToList();
    });

    private static (List<Dictionary<string, object?>> Tasks, List<Dictionary<string, object?>> SubTasks) Sheets(byte[] workbook)
    {
        List<Dictionary<string, object?>> Read(string sheet)
        {
            using var stream = new MemoryStream(workbook);
            return stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
        }

        return (Read(WorkbookFormat.TasksSheet), Read(WorkbookFormat.SubTasksSheet));
    }

    private static byte[] Workbook(List<Dictionary<string, object?>> tasks, List<Dictionary<string, object?>> subTasks)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [WorkbookFormat.TasksSheet] = tasks, [WorkbookFormat.SubTasksSheet] = subTasks }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<string> Rows(byte[] workbook)
    {
        var (tasks, subTasks) = Sheets(workbook);
        return tasks.Concat(subTasks).Select(r => string.Join(" | ", r.Select(c => $"{c.Key}={c.Value}"))).ToList();
    }
}
