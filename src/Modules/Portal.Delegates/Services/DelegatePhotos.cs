using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Delegates.Models;

namespace Portal.Delegates.Services;

/// <summary>Stores profile photos as resized copies; the upload is checked, processed and then deleted.</summary>
public sealed class DelegatePhotos(PortalDbContext db, IFileStore files, PhotoProcessor processor, TimeProvider clock)
{
    public static readonly UploadPolicy UploadPolicy = new(new HashSet<FileKind> { FileKind.Jpeg, FileKind.Png }, 5 * 1024 * 1024);

    public const string UploadArea = "delegate-uploads";

    public const string PhotoArea = "delegate-photos";

    private static readonly UploadPolicy VariantPolicy = new(new HashSet<FileKind> { FileKind.Jpeg }, 2 * 1024 * 1024);

    /// <summary>Adds the photo to the unit of work (stored by the caller's next save), or returns a Chinese message.</summary>
    public async Task<(DelegatePhoto? Photo, string? Error)> AddAsync(Stream upload, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var original = await files.SaveAsync(upload, UploadArea, UploadPolicy, cancellationToken);
        if (!original.Succeeded)
        {
            return (null, $"照片未能上传：{original.Error}");
        }

        try
        {
            PhotoResult result;
            await using (var stored = files.OpenRead(original.File!.Key)!)
            {
                result = processor.Process(stored);
            }

            if (result.Error is not null)
            {
                return (null, $"照片未能上传：{result.Error}");
            }

            var large = await SaveVariantAsync(result.LargeJpeg!, cancellationToken);
            var small = await SaveVariantAsync(result.SmallJpeg!, cancellationToken);
            var photo = new DelegatePhoto
            {
                Id = Guid.NewGuid(),
                LargeKey = large,
                SmallKey = small,
                UploadedBy = uploadedBy,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(photo);
            return (photo, null);
        }
        finally
        {
            files.Delete(original.File!.Key);
        }
    }

    /// <summary>Removes the stored copies of a photo that was never saved with a profile.</summary>
    public void Discard(DelegatePhoto photo)
    {
        files.Delete(photo.LargeKey);
        files.Delete(photo.SmallKey);
        db.Entry(photo).State = EntityState.Detached;
    }

    public Task<DelegatePhoto?> FindAsync(Guid id) => db.Set<DelegatePhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);

    public Stream? Open(DelegatePhoto photo, bool large) => files.OpenRead(large ? photo.LargeKey : photo.SmallKey);

    private async Task<string> SaveVariantAsync(byte[] jpeg, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(jpeg);
        var saved = await files.SaveAsync(stream, PhotoArea, VariantPolicy, cancellationToken);
        return saved.File?.Key ?? throw new InvalidOperationException($"Resized photo refused by the file store: {saved.Error}");
    }
}
