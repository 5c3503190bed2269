namespace Portal.Core.Mail;

/// <summary>Where the pickup sender writes its .eml files.</summary>
public sealed record PickupFolder(string Path);
