using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Services;

/// <summary>Writes a ledger as a workbook in <see cref="WorkbookFormat"/>, which <see cref="LedgerImporter"/> reads back.</summary>
public sealed class LedgerWorkbook(PortalDbContext db, LedgerQueries queries)
{
    public async Task<byte[]> ExportAsync(WorkLedger ledger)
    {
        var areas = await db.Set<LedgerArea>().AsNoTracking().Where(a => a.LedgerId == ledger.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync();
        var order = areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var tasks = (await db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks).Where(t => t.LedgerId == ledger.Id).ToListAsync())
            .OrderBy(t => order[t.AreaId]).ThenBy(t => t.Number).ToList();
        var people = await queries.PeopleAsync(tasks.Select(t => t.OwnerId).Concat(tasks.Select(t => t.LeaderId)));

        var taskRows = tasks.Select(t => Row(WorkbookFormat.TaskColumns,
            t.Number,
            areas.First(a => a.Id == t.AreaId).Name,
            t.Title,
            t.Description ?? "",
            t.LeaderId is { } leader ? people[leader].UserName : "",
            t.OwnerUnits,
            people[t.OwnerId].UserName,
            t.StartDate.ToString(WorkbookFormat.DateFormat),
            t.Deadline.ToString(WorkbookFormat.DateFormat),
            t.Status.ToChinese(),
            ProgressRules.Effective(t.Progress, t.SubTasks.Select(s => s.Progress).ToList()),
            t.CompletedOn?.ToString(WorkbookFormat.DateFormat) ?? "")).ToList();
        var subTaskRows = tasks.OrderBy(t => t.Number)
            .SelectMany(t => t.SubTasks.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => Row(WorkbookFormat.SubTaskColumns, t.Number, s.Title, s.Progress)))
            .ToList();

        var sheets = new Dictionary<string, object>
        {
            [WorkbookFormat.TasksSheet] = taskRows,
            [WorkbookFormat.SubTasksSheet] = subTaskRows.Count > 0 ? subTaskRows : [Row(WorkbookFormat.SubTaskColumns, "", "", "")],
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(IReadOnlyList<string> columns, params object[] values) =>
        columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
}
