namespace Portal.Core.Files;

/// <summary>What one kind of upload may be: which kinds of file and how large.</summary>
public sealed record UploadPolicy(IReadOnlySet<FileKind> Allowed, long MaxBytes)
{
    public string Describe() =>
        $"支持 {string.Join("、", Allowed.Select(k => k.DisplayName()))}，单个文件不超过 {MaxBytes / 1024 / 1024} MB";
}
