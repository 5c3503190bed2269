namespace Portal.Core.Mail;

public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    /// <summary><c>Pickup</c> writes each message as an .eml file (development and tests); <c>Smtp</c> sends it.</summary>
    public string Mode { get; set; } = "Pickup";

    /// <summary>For <c>Pickup</c>; empty means <c>mail-pickup</c> in the data folder.</summary>
    public string? PickupFolder { get; set; }

    public string FromAddress { get; set; } = "noreply@portal.invalid";

    public string FromName { get; set; } = "许昌市人大常委会";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
