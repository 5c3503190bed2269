namespace Portal.Core.Mail;

/// <summary>A plain-text message to one person.</summary>
public sealed record MailMessage(string ToAddress, string ToName, string Subject, string Body);
