using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Search;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Services;

/// <summary>
/// Reads a workbook in <see cref="WorkbookFormat"/> into a ledger: tasks are matched by their number, new numbers
/// become new tasks, tasks the workbook does not list are left alone. Every row is checked first and the import is
/// all or nothing: one wrong row and nothing is saved.
/// </summary>
public sealed class LedgerImporter(PortalDbContext db, LedgerQueries queries, TaskEditor editor, IAuditLog audit, PublicPagesCache cache, LedgerSearchFeed search, TimeProvider clock,
    ILogger<LedgerImporter> logger)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const int MaxRows = 2000;

    public async Task<ImportReport> ImportAsync(WorkLedger ledger, Stream upload)
    {
        using var workbook = new MemoryStream();
        await upload.CopyToAsync(workbook);
        if (!LooksLikeWorkbook(workbook))
        {
            return ImportReport.Failed(new ImportProblem("文件", 0, "文件不是有效的 Excel 工作簿（.xlsx）。请使用本页导出的表格填写后再导入。"));
        }

        List<IDictionary<string, object?>> taskRows;
        List<IDictionary<string, object?>>? subTaskRows;
        try
        {
            var sheets = workbook.GetSheetNames();
            if (!sheets.Contains(WorkbookFormat.TasksSheet))
            {
                return ImportReport.Failed(new ImportProblem("文件", 0, $"工作簿中没有名为“{WorkbookFormat.TasksSheet}”的工作表。"));
            }

            taskRows = Read(workbook, WorkbookFormat.TasksSheet);
            subTaskRows = sheets.Contains(WorkbookFormat.SubTasksSheet) ? Read(workbook, WorkbookFormat.SubTasksSheet) : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A ledger workbook could not be read.");
            return ImportReport.Failed(new ImportProblem("文件", 0, "无法读取这个 Excel 文件，它可能已损坏。请另存为 .xlsx 后再试。"));
        }

        if (taskRows.Count > MaxRows)
        {
            return ImportReport.Failed(new ImportProblem(WorkbookFormat.TasksSheet, 0, $"一次最多导入 {MaxRows} 项任务。"));
        }

        var problems = new List<ImportProblem>();
        var missing = WorkbookFormat.TaskColumns.Where(c => taskRows.Count > 0 && !taskRows[0].ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return ImportReport.Failed(new ImportProblem(WorkbookFormat.TasksSheet, 1, $"缺少列：{string.Join("、", missing)}。请使用本页导出的表格格式。"));
        }

        var areas = await db.Set<LedgerArea>().AsNoTracking().Where(a => a.LedgerId == ledger.Id).ToListAsync();
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled)
            .Select(u => new { u.Id, UserName = u.UserName ?? "" }).ToDictionaryAsync(u => u.UserName, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var subTasks = subTaskRows is null ? null : ParseSubTasks(subTaskRows, problems);
        var parsed = ParseTasks(taskRows, areas, people, subTasks, problems);
        if (parsed.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(WorkbookFormat.TasksSheet, 0, "表格中没有任务。"));
        }

        foreach (var orphan in subTasks?.Where(s => parsed.All(p => p.Input.Number != s.TaskNumber)) ?? [])
        {
            problems.Add(new ImportProblem(WorkbookFormat.SubTasksSheet, orphan.Row, $"任务序号 {orphan.TaskNumber} 在“{WorkbookFormat.TasksSheet}”表中不存在。"));
        }

        if (problems.Count > 0)
        {
            return new ImportReport(problems.OrderBy(p => p.Sheet != WorkbookFormat.TasksSheet).ThenBy(p => p.Row).ToList(), 0, 0, 0);
        }

        return await SaveAsync(ledger, parsed, subTasks);
    }

    private async Task<ImportReport> SaveAsync(WorkLedger ledger, IReadOnlyList<ParsedTask> parsed, IReadOnlyList<ParsedSubTask>? subTasks)
    {
        var existing = await db.Set<LedgerTask>().Include(t => t.SubTasks).Where(t => t.LedgerId == ledger.Id).ToDictionaryAsync(t => t.Number);
        var people = await queries.PeopleAsync(existing.Values.SelectMany(t => new[] { t.OwnerId, t.LeaderId })
            .Concat(parsed.SelectMany(p => new[] { p.Input.OwnerId, p.Input.LeaderId })));
        var actor = await editor.ActorNameAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, unchanged = 0;

        foreach (var row in parsed)
        {
            var wanted = subTasks?.Where(s => s.TaskNumber == row.Input.Number).ToList();
            if (!existing.TryGetValue(row.Input.Number, out var task))
            {
                task = new LedgerTask { LedgerId = ledger.Id, ModifiedAt = now };
                editor.Assign(task, row.Input);
                task.SubTasks = wanted?.Select((s, i) => new LedgerSubTask { Title = s.Title, Progress = s.Progress, SortOrder = i + 1 }).ToList() ?? [];
                FollowSubTasks(task);
                db.Add(task);
                created++;
                continue;
            }

            var before = Signature(task);
            var trailBefore = TaskTrail.Snapshot(task, people);
            editor.Assign(task, row.Input);
            if (wanted is not null && !task.SubTasks.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => (s.Title, s.Progress))
                    .SequenceEqual(wanted.Select(s => (s.Title, s.Progress))))
            {
                task.SubTasks.Clear();
                task.SubTasks.AddRange(wanted.Select((s, i) => new LedgerSubTask { Title = s.Title, Progress = s.Progress, SortOrder = i + 1 }));
            }

            FollowSubTasks(task);
            if (Signature(task) == before)
            {
                unchanged++;
                continue;
            }

            editor.Track(task, trailBefore, TaskTrail.Snapshot(task, people), now, actor);
            task.ConcurrencyStamp = Guid.NewGuid();
            task.ModifiedAt = now;
            updated++;
        }

        audit.Record("导入", "工作台账", ledger.Id.ToString(), $"《{ledger.Title}》：新增 {created} 项，更新 {updated} 项，未变 {unchanged} 项");
        await db.SaveChangesAsync();
        await search.QueueLedgerAsync(ledger.Id);
        await cache.EvictAsync();
        return new ImportReport([], created, updated, unchanged);
    }

    private static List<ParsedTask> ParseTasks(List<IDictionary<string, object?>> rows, List<LedgerArea> areas,
        Dictionary<string, string> people, IReadOnlyList<ParsedSubTask>? subTasks, List<ImportProblem> problems)
    {
        var parsed = new List<ParsedTask>();
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.Values.All(v => CellRules.Text(v).Length == 0))
            {
                continue;
            }

            var rowNumber = i + 2;
            var rowProblems = new List<string>();
            string Cell(string column) => CellRules.Text(cells.TryGetValue(column, out var value) ? value : null);

            var number = 0;
            if (!CellRules.TryInteger(cells[WorkbookFormat.Number], out number) || number is < 1 or > 9999)
            {
                rowProblems.Add($"序号“{Cell(WorkbookFormat.Number)}”须是 1 到 9999 之间的整数。");
            }
            else if (numbers.TryGetValue(number, out var firstRow))
            {
                rowProblems.Add($"序号 {number} 与第 {firstRow} 行重复。");
            }
            else
            {
                numbers[number] = rowNumber;
            }

            var areaName = Cell(WorkbookFormat.Area);
            var area = areas.FirstOrDefault(a => a.Name == areaName);
            if (area is null)
            {
                rowProblems.Add(areaName.Length == 0
                    ? "没有填写方面。"
                    : $"方面“{areaName}”不是本台账的方面（本台账的方面：{string.Join("、", areas.OrderBy(a => a.SortOrder).Select(a => a.Name))}）。");
            }

            var owner = Person(Cell(WorkbookFormat.Owner), "责任人", required: true, people, rowProblems);
            var leader = Person(Cell(WorkbookFormat.Leader), "责任领导", required: false, people, rowProblems);
            var start = Date(cells, WorkbookFormat.StartDate, required: true, rowProblems);
            var deadline = Date(cells, WorkbookFormat.Deadline, required: true, rowProblems);
            var completed = Date(cells, WorkbookFormat.CompletedOn, required: false, rowProblems);

            var status = StatusRules.FromChinese(Cell(WorkbookFormat.Status));
            if (status is null || status == LedgerStatus.Overdue)
            {
                rowProblems.Add($"状态“{Cell(WorkbookFormat.Status)}”无法识别，请填写：{string.Join("、", StatusRules.Choosable.Select(s => s.ToChinese()))}（已逾期由完成时限自动判断）。");
            }

            var progress = 0;
            if (!CellRules.TryInteger(cells[WorkbookFormat.Progress], out progress))
            {
                rowProblems.Add($"进度“{Cell(WorkbookFormat.Progress)}”不是整数，请填写 0 到 100 之间的数字。");
            }

            var units = Cell(WorkbookFormat.OwnerUnits);
            if (units.Length is 0 or > TaskRules.OwnerUnitsMaxLength)
            {
                rowProblems.Add($"责任单位须填写，且不超过 {TaskRules.OwnerUnitsMaxLength} 个字。");
            }

            if (Cell(WorkbookFormat.Description).Length > TaskRules.DescriptionMaxLength)
            {
                rowProblems.Add($"工作内容不能超过 {TaskRules.DescriptionMaxLength} 个字。");
            }

            if (start is { } s && deadline is { } d && status is { } st && st != LedgerStatus.Overdue)
            {
                var hasOpenSubTasks = subTasks?.Any(x => x.TaskNumber == number && x.Progress < ProgressRules.Max) ?? false;
                rowProblems.AddRange(TaskRules.Validate(new TaskValues(Cell(WorkbookFormat.Title), s, d, st, progress, completed, hasOpenSubTasks))
                    .Select(e => e.Message));
            }
            else if (Cell(WorkbookFormat.Title).Length == 0)
            {
                rowProblems.Add("请填写工作任务名称。");
            }

            problems.AddRange(rowProblems.Select(m => new ImportProblem(WorkbookFormat.TasksSheet, rowNumber, m)));
            if (rowProblems.Count == 0)
            {
                parsed.Add(new ParsedTask(rowNumber, new TaskInput(area!.Id, number, Cell(WorkbookFormat.Title), Cell(WorkbookFormat.Description),
                    leader, units, owner!, start!.Value, deadline!.Value, status!.Value, progress, completed)));
            }
        }

        return parsed;
    }

    private static List<ParsedSubTask> ParseSubTasks(List<IDictionary<string, object?>> rows, List<ImportProblem> problems)
    {
        var parsed = new List<ParsedSubTask>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.Values.All(v => CellRules.Text(v).Length == 0))
            {
                continue;
            }

            var rowNumber = i + 2;
            var before = problems.Count;
            var title = CellRules.Text(cells.TryGetValue(WorkbookFormat.SubTaskTitle, out var t) ? t : null);
            if (!CellRules.TryInteger(cells.TryGetValue(WorkbookFormat.TaskNumber, out var n) ? n : null, out var number))
            {
                problems.Add(new ImportProblem(WorkbookFormat.SubTasksSheet, rowNumber, $"任务序号“{CellRules.Text(n)}”不是整数。"));
            }

            if (title.Length is 0 or > TaskRules.TitleMaxLength)
            {
                problems.Add(new ImportProblem(WorkbookFormat.SubTasksSheet, rowNumber, $"子任务名称须填写，且不超过 {TaskRules.TitleMaxLength} 个字。"));
            }

            var progressCell = cells.TryGetValue(WorkbookFormat.Progress, out var p) ? p : null;
            if (!CellRules.TryInteger(progressCell, out var progress))
            {
                problems.Add(new ImportProblem(WorkbookFormat.SubTasksSheet, rowNumber, $"进度“{CellRules.Text(progressCell)}”不是整数。"));
            }
            else if (ProgressRules.Validate(progress) is { } error)
            {
                problems.Add(new ImportProblem(WorkbookFormat.SubTasksSheet, rowNumber, error));
            }

            if (problems.Count == before)
            {
                parsed.Add(new ParsedSubTask(rowNumber, number, title, progress));
            }
        }

        return parsed;
    }

    private static string? Person(string userName, string role, bool required, Dictionary<string, string> people, List<string> problems)
    {
        if (userName.Length == 0)
        {
            if (required)
            {
                problems.Add($"没有填写{role}账号。");
            }

            return null;
        }

        if (people.TryGetValue(userName, out var id))
        {
            return id;
        }

        problems.Add($"{role}账号“{userName}”不存在或已停用。");
        return null;
    }

    private static DateOnly? Date(IDictionary<string, object?> cells, string column, bool required, List<string> problems)
    {
        var cell = cells.TryGetValue(column, out var value) ? value : null;
        if (CellRules.Text(cell).Length == 0)
        {
            if (required)
            {
                problems.Add($"没有填写{column}。");
            }

            return null;
        }

        if (CellRules.TryDate(cell, out var date))
        {
            return date;
        }

        problems.Add($"{column}“{CellRules.Text(cell)}”不是有效日期，请写成 2012-03-01 的格式。");
        return null;
    }

    private static List<IDictionary<string, object?>> Read(MemoryStream workbook, string sheet)
    {
        workbook.Position = 0;
        return workbook.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
    }

    private static bool LooksLikeWorkbook(MemoryStream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>A task with sub-tasks keeps their rolled-up progress, as <see cref="TaskEditor"/> does.</summary>
    private static void FollowSubTasks(LedgerTask task)
    {
        if (task.SubTasks.Count > 0)
        {
            task.Progress = ProgressRules.RollUp(task.SubTasks.Select(s => s.Progress).ToList());
        }
    }

    /// <summary>Everything the workbook carries about a task, to tell an unchanged row from a changed one.</summary>
    private static string Signature(LedgerTask t) => string.Join('\u001f',
        t.AreaId, t.Number, t.Title, t.Description, t.LeaderId, t.OwnerUnits, t.OwnerId, t.StartDate, t.Deadline, t.Status, t.Progress, t.CompletedOn,
        string.Join('\u001e', t.SubTasks.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => $"{s.Title}\u001d{s.Progress}")));

    private sealed record ParsedTask(int Row, TaskInput Input);

    private sealed record ParsedSubTask(int Row, int TaskNumber, string Title, int Progress);
}
