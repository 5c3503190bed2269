namespace Portal.Core.Files;

/// <summary>The folder under the data folder where uploads are kept.</summary>
public sealed record FileStoreRoot(string Path);
