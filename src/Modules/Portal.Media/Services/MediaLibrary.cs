using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Media;
using Portal.Core.Security;
using Portal.Media.Models;
using Portal.Media.Rules;

namespace Portal.Media.Services;

/// <summary>The library's commands: upload, describe, delete. Files are stored before the row that names them is committed.</summary>
public sealed class MediaLibrary(
    PortalDbContext db,
    IFileStore files,
    IAuditLog audit,
    ICurrentUser user,
    IEnumerable<IMediaUsages> usages,
    TimeProvider clock,
    ILogger<MediaLibrary> logger)
{
    private const string AuditType = "媒体库";

    public IQueryable<MediaItem> Items => db.Set<MediaItem>();

    public Task<MediaItem?> FindAsync(long id) => Items.Include(i => i.Variants).SingleOrDefaultAsync(i => i.Id == id);

    /// <summary>Stores an upload in every size; the same bytes uploaded again give the item already stored.</summary>
    public async Task<MediaOutcome> UploadAsync(Stream upload, string fileName, string? alt, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await BoundedCopy.CopyAtMostAsync(upload, buffer, MediaRules.MaxBytes + 1, cancellationToken);
        var content = buffer.ToArray();
        if (content.Length == 0)
        {
            return MediaOutcome.Refused(MediaRules.Empty);
        }

        if (content.Length > MediaRules.MaxBytes)
        {
            return MediaOutcome.Refused(MediaRules.TooLarge);
        }

        var altText = alt?.Trim() ?? "";
        if (altText.Length > MediaRules.AltMaxLength)
        {
            return MediaOutcome.Refused($"替代文字不能超过 {MediaRules.AltMaxLength} 个字。");
        }

        var hash = MediaRules.Hash(content);
        if (await FindByHashAsync(hash, cancellationToken) is { } existing)
        {
            return MediaOutcome.Found(existing);
        }

        var processed = ImageProcessor.Process(content);
        if (processed.Error is { } error)
        {
            return MediaOutcome.Refused(error);
        }

        var item = new MediaItem
        {
            Hash = hash,
            FileName = Path.GetFileName(fileName).Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, MediaRules.FileNameMaxLength)] : "未命名图片",
            Alt = altText,
            Kind = processed.Kind,
            Width = processed.Sizes[^1].Width,
            Height = processed.Sizes[^1].Height,
            Length = content.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = user.Name,
        };
        foreach (var size in processed.Sizes)
        {
            await using var stream = new MemoryStream(size.Content, writable: false);
            var stored = await files.SaveAsync(stream, MediaRules.FileArea, MediaRules.StoredFiles, cancellationToken);
            if (stored.File is null)
            {
                throw new InvalidOperationException($"The file store refused a re-encoded image: {stored.Error}");
            }

            item.Variants.Add(new MediaVariant { Width = size.Width, Height = size.Height, FileKey = stored.File.Key, Length = stored.File.Length });
        }

        db.Add(item);
        audit.Record("上传图片", AuditType, hash, item.FileName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique hash refused the row: the same image was uploaded at the same moment by another request.
            db.ChangeTracker.Clear();
            if (await FindByHashAsync(hash, cancellationToken) is not { } concurrent)
            {
                throw;
            }

            logger.LogWarning("Image {Hash} was uploaded twice at once; the second copy was dropped.", hash);
            RemoveFiles(item);
            return MediaOutcome.Found(concurrent);
        }

        return MediaOutcome.Stored(item);
    }

    public async Task<string?> SetAltAsync(MediaItem item, string? alt)
    {
        var text = alt?.Trim() ?? "";
        if (text.Length > MediaRules.AltMaxLength)
        {
            return $"替代文字不能超过 {MediaRules.AltMaxLength} 个字。";
        }

        audit.Record("修改替代文字", AuditType, item.Hash, $"{item.FileName}：{text}");
        item.Alt = text;
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Every item of every module that shows the image.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsagesAsync(MediaItem item, CancellationToken cancellationToken = default)
    {
        var found = new List<MediaUsage>();
        foreach (var source in usages)
        {
            found.AddRange(await source.FindAsync(MediaRules.UrlStem(item.Hash), cancellationToken));
        }

        return found;
    }

    /// <summary>Deletes an image nothing uses, rows first; a crash before the files go leaves them to the orphan sweep.</summary>
    public async Task<string?> DeleteAsync(MediaItem item)
    {
        var used = await UsagesAsync(item);
        if (used.Count > 0)
        {
            return $"这张图片正在使用，不能删除。使用它的有：{string.Join("、", used.Select(u => u.Description))}。";
        }

        db.Remove(item);
        audit.Record("删除图片", AuditType, item.Hash, item.FileName);
        await db.SaveChangesAsync();
        RemoveFiles(item);
        return null;
    }

    private void RemoveFiles(MediaItem item)
    {
        foreach (var variant in item.Variants)
        {
            files.Delete(variant.FileKey);
        }
    }

    private Task<MediaItem?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        Items.Include(i => i.Variants).SingleOrDefaultAsync(i => i.Hash == hash, cancellationToken);
}

/// <summary>An upload's result: the item (new or already stored) or a Chinese refusal.</summary>
public sealed record MediaOutcome(MediaItem? Item, bool AlreadyStored, string? Error)
{
    public static MediaOutcome Stored(MediaItem item) => new(item, false, null);

    public static MediaOutcome Found(MediaItem item) => new(item, true, null);

    public static MediaOutcome Refused(string error) => new(null, false, error);
}
