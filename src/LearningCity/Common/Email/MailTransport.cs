using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningCity.Common.Email;

/// <summary>
/// Hands a message to SMTP when a host is configured, otherwise writes it to the pickup folder. When the server (or the
/// folder) cannot be reached at all, it throws <see cref="MailServerUnavailableException"/>: no fault of the message.
/// </summary>
public sealed class MailTransport(IOptions<EmailOptions> options, IWebHostEnvironment env)
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var dir = PickupFolder.Resolve(o, env);
            var tmp = Path.Combine(dir, $"{Guid.NewGuid():N}.tmp");
            try
            {
                Directory.CreateDirectory(dir);
                await message.WriteToAsync(tmp, ct);
                // Rename last so readers of the folder never see a half-written message.
                File.Move(tmp, Path.ChangeExtension(tmp, ".eml"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new MailServerUnavailableException($"The pickup folder {dir} cannot be written: {e.Message}", e);
            }
            return;
        }

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, Enum.Parse<SecureSocketOptions>(o.SmtpSecurity, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(o.SmtpUser))
                await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MailServerUnavailableException($"The mail server {o.SmtpHost}:{o.SmtpPort} cannot be used: {e.Message}", e);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>The mail server could not be connected to or logged in to (or the pickup folder written): no message can go now.</summary>
public sealed class MailServerUnavailableException(string message, Exception inner) : Exception(message, inner);
