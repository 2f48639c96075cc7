using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningCity.Common.Email;

/// <summary>
/// Sends queued e-mail. Each node claims a row with a conditional update before sending, so several
/// nodes never send the same message twice; a failed send is retried later with back-off.
/// </summary>
public sealed class EmailDispatcher(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(stoppingToken)) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "E-mail dispatch pass failed; will retry");
            }
            try { await Task.Delay(delay, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<bool> SendNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<MailTransport>();
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value;

        var candidate = await db.OutboxEmails
            .Where(e => e.SentAt == null && e.Attempts < o.MaxAttempts && e.NextAttemptAt <= now && (e.LockedUntil == null || e.LockedUntil < now))
            .OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (candidate == 0) return false;

        var lockUntil = now.AddMinutes(2);
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == candidate && e.SentAt == null && (e.LockedUntil == null || e.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, lockUntil), ct);
        if (claimed == 0) return true; // another node took it; look for the next one

        var email = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == candidate, ct);
        try
        {
            await transport.SendAsync(ToMime(email, o), ct);
            await db.OutboxEmails.Where(e => e.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.SentAt, time.GetUtcNow().UtcDateTime)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = email.Attempts + 1;
            var retryAt = time.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(3600, o.RetryBaseSeconds * Math.Pow(2, attempts - 1)));
            log.LogWarning(ex, "Sending e-mail {Id} failed (attempt {Attempt}); retrying at {RetryAt}", candidate, attempts, retryAt);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            await db.OutboxEmails.Where(e => e.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.NextAttemptAt, retryAt)
                .SetProperty(e => e.LastError, error)
                .SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
        }
        return true;
    }

    private static MimeMessage ToMime(OutboxEmail email, EmailOptions o)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new BodyBuilder { HtmlBody = email.HtmlBody, TextBody = email.TextBody }.ToMessageBody();
        return message;
    }
}
