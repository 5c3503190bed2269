namespace Portal.Core.Files;

/// <summary>Uploaded files, kept outside the web root under server-chosen names.</summary>
public interface IFileStore
{
    /// <summary>Checks the content against the policy and stores it; a refusal carries a Chinese message.</summary>
    Task<UploadResult> SaveAsync(Stream content, string area, UploadPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Null when the key is unknown or malformed.</summary>
    Stream? OpenRead(string key);

    void Delete(string key);
}
