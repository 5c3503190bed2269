using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;

namespace Portal.Delegates.Services;

/// <summary>The published directory as an Excel sheet with the import's public columns; private fields are never exported.</summary>
public sealed class DelegateSheetExporter(PortalDbContext db)
{
    public async Task<byte[]> ExportAsync()
    {
        var profiles = await (
                from index in db.Set<DelegateIndex>()
                join version in db.Set<ContentVersion>() on index.ContentItemId equals version.ContentItemId
                where index.IsPublic && version.IsPublished
                orderby index.SortRank, index.PublishedName
                select new { index.Slug, version.Title, version.BodyMarkdown, version.Fields })
            .ToListAsync();

        var rows = profiles.Select(p =>
        {
            var fields = DelegateFields.FromJson(p.Fields);
            var mandate = fields.CurrentMandate;
            return new Dictionary<string, object?>
            {
                [DelegateSheet.Name] = p.Title,
                [DelegateSheet.Level] = mandate?.Level.ToChinese(),
                [DelegateSheet.Congress] = mandate?.Congress,
                [DelegateSheet.Delegation] = mandate?.Delegation,
                [DelegateSheet.Start] = mandate?.Start.ToString("yyyy-MM-dd"),
                [DelegateSheet.End] = mandate?.End?.ToString("yyyy-MM-dd"),
                [DelegateSheet.Occupation] = fields.Occupation,
                [DelegateSheet.Unit] = fields.Unit,
                [DelegateSheet.CommitteeRole] = fields.CommitteeRole == CommitteeRole.None ? null : fields.CommitteeRole.ToChinese(),
                [DelegateSheet.SpecialCommittee] = fields.SpecialCommittee,
                [DelegateSheet.ContactStation] = fields.ContactStation,
                [DelegateSheet.ReceptionDays] = fields.ReceptionDays,
                [DelegateSheet.Slug] = p.Slug,
                [DelegateSheet.Biography] = p.BodyMarkdown,
            };
        }).ToList();

        if (rows.Count == 0)
        {
            rows.Add(DelegateSheet.Public.ToDictionary(c => c, _ => (object?)null));
        }

        using var output = new MemoryStream();
        await output.SaveAsAsync(rows, sheetName: "代表名录");
        return output.ToArray();
    }

    /// <summary>An empty sheet with every column the import reads, public and private.</summary>
    public static byte[] Template()
    {
        var row = DelegateSheet.Public.Concat(DelegateSheet.Private).ToDictionary(c => c, _ => (object?)null);
        using var output = new MemoryStream();
        output.SaveAs(new[] { row }, sheetName: "代表导入");
        return output.ToArray();
    }
}
