using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Portal.Ledger.Models;
using Portal.Ledger.Search;
using Portal.Ledger.Services;
using Portal.Search;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>The ledger's paths through the database, on SQLite and on PostgreSQL.</summary>
public sealed partial class LedgerPersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_demo_ledger_a_report_with_evidence_a_conflict_and_an_import_round_trip(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var reader = PortalClient.Create(factory);
        var dashboard = await reader.GetStringAsync("/ledger/2012");
        Assert.Contains("共 8 个方面 52 项工作任务，已完成 42 项（80.8%），其中 5 个方面的任务已全部完成。", dashboard);

        // An owner completes a task with a public note and a picture; a second, stale report is refused.
        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await owner.TaskIdAsync(34);
        var stale = PortalClient.InputValue(await owner.WorkspaceAsync(id), "ConcurrencyStamp");
        await owner.ReportAndFollowAsync(id, new() { ["Status"] = "Done", ["Progress"] = "100", ["CompletedOn"] = "2012-12-24", ["Note"] = "议题材料已定稿。", ["IsPublic"] = "true" },
            ("定稿.png", LedgerDriver.Png));
        var refused = await owner.ReportAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "60", ["Note"] = "旧页面提交" }, stale);
        Assert.Contains("已被他人修改", await refused.Content.ReadAsStringAsync());

        var task = await reader.GetStringAsync("/ledger/2012/tasks/34");
        Assert.Contains("议题材料已定稿。", task);
        Assert.Contains("状态：进行中 → 已完成", task);
        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync(PublicFile().Match(task).Value)).StatusCode);
        Assert.Contains("已完成 43 项（82.7%）", await reader.GetStringAsync("/ledger/2012"));

        // Export and import back: nothing changes, then one changed row is saved with its trail.
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var ledger = await editor.DbAsync(db => db.Set<WorkLedger>().Where(l => l.Slug == "2012").Select(l => l.Id).SingleAsync());
        var workbook = await editor.Client.Http.GetByteArrayAsync($"/admin/ledger/{ledger}/export");
        Assert.Contains("未变 52 项", await ImportAsync(editor, ledger, workbook));

        using var stream = new MemoryStream(workbook);
        var rows = stream.Query(useHeaderRow: true, sheetName: WorkbookFormat.TasksSheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
        rows.Single(r => Convert.ToInt32(r[WorkbookFormat.Number]) == 52)[WorkbookFormat.Progress] = 95;
        using var changed = new MemoryStream();
        changed.SaveAs(new Dictionary<string, object> { [WorkbookFormat.TasksSheet] = rows }, excelType: ExcelType.XLSX);
        Assert.Contains("更新 1 项，未变 51 项", await ImportAsync(editor, ledger, changed.ToArray()));
        Assert.Equal(95, (await editor.TaskAsync(52)).Progress);
        Assert.Contains("进度：80% → 95%", await reader.GetStringAsync("/ledger/2012/tasks/52"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_search_reads_one_task_of_a_public_ledger_by_its_id_and_none_of_a_private_one(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var source = scope.ServiceProvider.GetServices<ISearchDocumentSource>().OfType<LedgerTaskSearchSource>().Single();
        var ledger = await db.Set<WorkLedger>().SingleAsync(l => l.Slug == "2012");
        var task = await db.Set<LedgerTask>().SingleAsync(t => t.LedgerId == ledger.Id && t.Number == 5);

        var document = await source.LoadAsync(LedgerTaskSearchSource.Kind, task.Id.ToString(), CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal(task.Id.ToString(), document.Key);
        Assert.Equal($"第 5 项 {task.Title}", document.Title);
        Assert.Equal("/ledger/2012/tasks/5", document.Url);
        Assert.Null(await source.LoadAsync(LedgerTaskSearchSource.Kind, "987654", CancellationToken.None));

        ledger.IsPublic = false;
        await db.SaveChangesAsync();
        Assert.Null(await source.LoadAsync(LedgerTaskSearchSource.Kind, task.Id.ToString(), CancellationToken.None));
    }

    private static async Task<string> ImportAsync(LedgerDriver editor, int ledger, byte[] workbook)
    {
        var page = await editor.Client.GetStringAsync($"/admin/ledger/{ledger}/import");
        var form = new MultipartFormDataContent { { new StringContent(PortalClient.Token(page)), "__RequestVerificationToken" }, { new ByteArrayContent(workbook), "file", "台账.xlsx" } };
        return await (await editor.Client.Http.PostAsync($"/admin/ledger/{ledger}/import", form)).Content.ReadAsStringAsync();
    }

    [GeneratedRegex("/ledger/files/\\d+")]
    private static partial Regex PublicFile();
}
