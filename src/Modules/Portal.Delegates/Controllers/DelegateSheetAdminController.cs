using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

/// <summary>Import of delegates from Excel (all or nothing, with a row-by-row report) and export of the directory.</summary>
[Route("admin/delegates")]
[RequirePermission(nameof(DelegatesPermissions.ManageDelegates))]
public sealed class DelegateSheetAdminController(
    DelegateSheetImporter importer,
    DelegateSheetExporter exporter,
    ContentAuthorization authorization,
    IAuditLog audit,
    PortalDbContext db,
    TimeProvider clock) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("import")]
    public IActionResult Import()
    {
        ViewData["Title"] = "导入代表";
        return View(new ImportPage(null));
    }

    [HttpPost("import")]
    [RequestSizeLimit(DelegateSheetImporter.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = DelegateSheetImporter.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, bool publish)
    {
        ViewData["Title"] = "导入代表";
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "请选择要导入的 Excel 文件（.xlsx）。");
            return View(new ImportPage(null));
        }

        if (publish && !await authorization.CanPublishAsync(User))
        {
            return Forbid();
        }

        await using var stream = file.OpenReadStream();
        var outcome = await importer.ImportAsync(stream, publish, HttpContext.RequestAborted);
        return View(new ImportPage(new ImportOutcomeView(outcome.Imported, outcome.Problems, Path.GetFileName(file.FileName))));
    }

    [HttpGet("import/template")]
    public IActionResult Template() => File(DelegateSheetExporter.Template(), Xlsx, "代表导入模板.xlsx");

    [HttpGet("export")]
    public async Task<IActionResult> Export()
    {
        var bytes = await exporter.ExportAsync();
        audit.Record("导出", "代表", "", "导出代表名录（公开信息）");
        await db.SaveChangesAsync();
        return File(bytes, Xlsx, $"代表名录-{clock.GetUtcNow().UtcDateTime.ToChinaTime():yyyyMMdd}.xlsx");
    }
}
