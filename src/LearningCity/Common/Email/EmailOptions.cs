namespace LearningCity.Common.Email;

public sealed class EmailOptions
{
    public string From { get; set; } = "Thailand Learning City Platform <no-reply@learningcity.local>";
    /// <summary>Where e-mails are written as .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "data/mail";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>None, Auto, SslOnConnect or StartTls (MailKit's SecureSocketOptions).</summary>
    public string SmtpSecurity { get; set; } = "Auto";
    public double PollSeconds { get; set; } = 2;
    public int MaxAttempts { get; set; } = 10;
    /// <summary>First retry delay; it doubles with each failed attempt (capped at an hour).</summary>
    public double RetryBaseSeconds { get; set; } = 5;
}
