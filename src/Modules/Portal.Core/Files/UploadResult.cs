namespace Portal.Core.Files;

public sealed record UploadResult(StoredFile? File, string? Error)
{
    public bool Succeeded => File is not null;
}
