using System.Text.RegularExpressions;

namespace Portal.Core.Files;

/// <summary>
/// Stores files in <c>files/</c> under the data folder as <c>area/yyyy/guid.ext</c>. A file is written under a temporary
/// name, forced to disk and then renamed, so a key that is returned names a whole, durable file: the caller's row that
/// points to it is committed only after that. A crash in between leaves at most a file no row points to, which
/// <see cref="OrphanFileSweep"/> removes.
/// </summary>
internal sealed partial class DiskFileStore(FileStoreRoot root, TimeProvider clock) : IFileStore
{
    /// <summary>Where a file is written before it is whole and checked; never a key.</summary>
    public const string IncomingFolder = ".incoming";

    public async Task<UploadResult> SaveAsync(Stream content, string area, UploadPolicy policy, CancellationToken cancellationToken = default)
    {
        if (!Area().IsMatch(area))
        {
            throw new ArgumentException($"Invalid file area '{area}'.", nameof(area));
        }

        var temporary = Path.Combine(root.Path, IncomingFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        try
        {
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                length = await BoundedCopy.CopyAtMostAsync(content, file, policy.MaxBytes + 1, cancellationToken);
                if (length == 0)
                {
                    return new UploadResult(null, "文件是空的，请重新选择。");
                }

                if (length > policy.MaxBytes)
                {
                    return new UploadResult(null, $"文件太大：{policy.Describe()}。");
                }

                var kind = FileInspector.Detect(file);
                if (kind is not { } detected || !policy.Allowed.Contains(detected))
                {
                    return new UploadResult(null, $"文件内容不是允许的格式（{policy.Describe()}）。请勿只修改文件扩展名。");
                }

                var key = $"{area}/{clock.GetUtcNow():yyyy}/{Guid.NewGuid():N}{detected.Extension()}";
                var target = FullPath(key)!;
                var folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);
                file.Flush(flushToDisk: true);
                file.Close();
                File.Move(temporary, target);
                // The rename is recorded in the year folder, which may itself be new in the area folder, or that in the root.
                DirectorySync.Flush(folder);
                DirectorySync.Flush(Path.GetDirectoryName(folder)!);
                DirectorySync.Flush(root.Path);
                return new UploadResult(new StoredFile(key, detected, length), null);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream? OpenRead(string key)
    {
        var path = FullPath(key);
        return path is not null && File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public void Delete(string key)
    {
        if (FullPath(key) is { } path)
        {
            File.Delete(path);
        }
    }

    private string? FullPath(string key) => Key().IsMatch(key) ? Path.Combine(root.Path, key) : null;

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex Area();

    [GeneratedRegex("^[a-z0-9-]{1,32}/[0-9]{4}/[0-9a-f]{32}\\.(pdf|docx|jpg|png)$")]
    private static partial Regex Key();
}
