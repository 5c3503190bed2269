using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;

namespace Portal.Delegates.Services;

/// <summary>
/// Imports delegates from an Excel sheet: every row is checked first, then all are created in one transaction;
/// any refusal leaves the database as it was and lists every problem.
/// </summary>
public sealed class DelegateSheetImporter(PortalDbContext db, DelegateProfileEditor editor, ContentManager contents, IAuditLog audit)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<ImportOutcome> ImportAsync(Stream upload, bool publish, CancellationToken cancellationToken = default)
    {
        using var file = new MemoryStream();
        await upload.CopyToAsync(file, cancellationToken);
        if (file.Length > MaxBytes)
        {
            return ImportOutcome.Refused($"文件太大：导入文件不能超过 {MaxBytes / 1024 / 1024} MB。");
        }

        if (!IsWorkbook(file))
        {
            return ImportOutcome.Refused("文件不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx 后再导入；旧的 .xls 格式不受支持。");
        }

        IReadOnlyList<string> columns;
        List<IReadOnlyDictionary<string, object?>> rows;
        try
        {
            columns = MiniExcel.GetColumns(file, useHeaderRow: true, excelType: ExcelType.XLSX).Select(c => c?.Trim() ?? "").ToList();
            file.Position = 0;
            rows = MiniExcel.Query(file, useHeaderRow: true, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(r => (IReadOnlyDictionary<string, object?>)r.ToDictionary(c => c.Key.Trim(), c => c.Value))
                .ToList();
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            return ImportOutcome.Refused("无法读取这个 Excel 文件，文件可能已损坏。请检查后重新保存为 .xlsx 再导入。");
        }

        var check = DelegateImportRules.Check(columns, rows, await ExistingAsync(rows));
        if (!check.Succeeded)
        {
            return new ImportOutcome(0, check.Problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in check.Delegates)
        {
            var draft = new ProfileDraft(row.Name, row.Slug, row.Biography, row.Fields, new PrivateDetails(row.Phone, row.IdNumber, row.HomeAddress));
            var created = await editor.CreateAsync(draft);
            var outcome = created.Succeeded && publish ? await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp) : created;
            if (!outcome.Succeeded)
            {
                // Nothing of the file stays: the transaction is rolled back when it is disposed uncommitted.
                db.ChangeTracker.Clear();
                return new ImportOutcome(0, [new ImportProblem(row.Row, DelegateSheet.Name, $"无法保存：{outcome.Message}")]);
            }
        }

        audit.Record("导入", "代表", "", $"从 Excel 导入 {check.Delegates.Count} 位代表{(publish ? "并发布" : "（草稿）")}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(check.Delegates.Count, []);
    }

    private async Task<ExistingDelegates> ExistingAsync(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var ids = await db.Set<DelegatePrivateInfo>().Where(p => p.IdNumber != null).Select(p => p.IdNumber!).ToListAsync();
        var latest = await (
                from item in db.Set<ContentItem>()
                join version in db.Set<ContentVersion>() on item.Id equals version.ContentItemId
                where item.ContentType == DelegateTypes.Profile && version.IsLatest
                select new { version.Title, version.Fields })
            .ToListAsync();
        var names = new Dictionary<string, string>();
        foreach (var profile in latest)
        {
            foreach (var mandate in DelegateFields.FromJson(profile.Fields).Mandates)
            {
                names.TryAdd(ExistingDelegates.Key(profile.Title, mandate.Delegation), profile.Title);
            }
        }

        var wanted = rows.Select(r => r.GetValueOrDefault(DelegateSheet.Slug)?.ToString()?.Trim().ToLowerInvariant())
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToList();
        var slugs = await db.Set<ContentItem>().IgnoreQueryFilters().Where(i => wanted.Contains(i.Slug)).Select(i => i.Slug).ToListAsync();
        return new ExistingDelegates(ids.ToHashSet(), names, slugs.ToHashSet());
    }

    private static bool IsWorkbook(MemoryStream file)
    {
        try
        {
            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            file.Position = 0;
        }
    }
}

public sealed record ImportOutcome(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportOutcome Refused(string message) => new(0, [new ImportProblem(0, "", message)]);
}
