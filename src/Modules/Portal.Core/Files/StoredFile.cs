namespace Portal.Core.Files;

/// <summary>A file kept by <see cref="IFileStore"/>; the key is the server's name for it, never the uploader's.</summary>
public sealed record StoredFile(string Key, FileKind Kind, long Length);
