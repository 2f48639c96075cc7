using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningCity.Common.Email;

/// <summary>Hands a message to SMTP when a host is configured, otherwise writes it to the pickup folder.</summary>
public sealed class MailTransport(IOptions<EmailOptions> options, IWebHostEnvironment env)
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var dir = PickupFolder.Resolve(o, env);
            Directory.CreateDirectory(dir);
            var tmp = Path.Combine(dir, $"{Guid.NewGuid():N}.tmp");
            await message.WriteToAsync(tmp, ct);
            // Rename last so readers of the folder never see a half-written message.
            File.Move(tmp, Path.ChangeExtension(tmp, ".eml"));
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, Enum.Parse<SecureSocketOptions>(o.SmtpSecurity, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
