using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Security;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>The materials library: texts, files and links by topic, and who has read what.</summary>
public sealed class MaterialLibrary(PortalDbContext db, MarkdownRenderer markdown, IFileStore files, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    private const string AuditType = "学习资料";

    public Task<List<StudyMaterial>> ListAsync(string? topic) =>
        db.Set<StudyMaterial>().AsNoTracking()
            .Where(m => string.IsNullOrEmpty(topic) || m.Topic == topic)
            .OrderBy(m => m.Topic).ThenBy(m => m.Id).ToListAsync();

    public Task<List<string>> TopicsAsync() => db.Set<StudyMaterial>().Select(m => m.Topic).Distinct().OrderBy(t => t).ToListAsync();

    public Task<StudyMaterial?> FindAsync(int id) => db.Set<StudyMaterial>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);

    public async Task<HashSet<int>> ReadByAsync(string userId) =>
        [.. await db.Set<MaterialRead>().Where(r => r.UserId == userId).Select(r => r.MaterialId).ToListAsync()];

    public async Task<StudyOutcome> CreateAsync(MaterialInput input, Stream? file, string? fileName)
    {
        if (MaterialRules.Validate(input.Title, input.Topic, input.Kind, input.BodyMarkdown, input.Url, file is not null) is { Count: > 0 } problems)
        {
            return StudyOutcome.Refused(string.Join(" ", problems));
        }

        var material = new StudyMaterial
        {
            Title = input.Title!.Trim(),
            Topic = input.Topic!.Trim(),
            Kind = input.Kind,
            Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        switch (input.Kind)
        {
            case MaterialKind.Text:
                material.BodyMarkdown = input.BodyMarkdown;
                material.BodyHtml = markdown.Render(input.BodyMarkdown!);
                break;
            case MaterialKind.Link:
                material.Url = input.Url!.Trim();
                break;
            case MaterialKind.File:
                var saved = await files.SaveAsync(file!, MaterialRules.FileArea, MaterialRules.Policy);
                if (!saved.Succeeded)
                {
                    return StudyOutcome.Refused(saved.Error!);
                }

                material.FileKey = saved.File!.Key;
                material.FileKind = saved.File.Kind;
                material.FileName = Path.GetFileNameWithoutExtension(fileName ?? material.Title) is { Length: > 0 } name
                    ? name.Clip(100) + saved.File.Kind.Extension()
                    : "资料" + saved.File.Kind.Extension();
                break;
        }

        db.Add(material);
        await db.SaveChangesAsync();
        audit.Record("添加", AuditType, material.Id.ToString(), $"《{material.Title}》");
        await db.SaveChangesAsync();
        return StudyOutcome.Done($"已添加学习资料“{material.Title}”。", material.Id);
    }

    public async Task<StudyOutcome> MarkReadAsync(int id)
    {
        var material = await FindAsync(id);
        if (material is null)
        {
            return StudyOutcome.Refused("学习资料不存在。");
        }

        var userId = user.Id ?? "";
        if (!await db.Set<MaterialRead>().AnyAsync(r => r.MaterialId == id && r.UserId == userId))
        {
            db.Add(new MaterialRead { MaterialId = id, UserId = userId, ReadAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return StudyOutcome.Done($"已标记为已读：{material.Title}。", id);
    }
}
