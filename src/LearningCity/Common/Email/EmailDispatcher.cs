using LearningCity.Common.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningCity.Common.Email;

/// <summary>
/// Sends queued e-mail. Each node claims a row with a conditional update before sending, so several
/// nodes never send the same message twice; a message that fails is retried later with back-off, at most
/// Email:MaxAttempts times. A server that cannot be reached (or says it is not available) is no fault of the message: the
/// message keeps its attempts and the node waits before trying the server again, so no outage, however long, loses mail.
/// </summary>
public sealed class EmailDispatcher(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailDispatcher> log)
    : BackgroundService
{
    private static readonly TimeSpan LongestServerWait = TimeSpan.FromMinutes(1);

    public enum Outcome
    {
        NothingDue,
        Handled,
        ServerUnavailable,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        var serverWait = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = Outcome.NothingDue;
            try
            {
                do outcome = await SendNextAsync(stoppingToken);
                while (outcome == Outcome.Handled);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "E-mail dispatch pass failed; will retry");
            }
            // While the server is unavailable, wait longer each time (from Email:RetryBaseSeconds up to a minute).
            serverWait = outcome == Outcome.ServerUnavailable
                ? TimeSpan.FromTicks(Math.Min(LongestServerWait.Ticks, Math.Max(TimeSpan.FromSeconds(options.Value.RetryBaseSeconds).Ticks, serverWait.Ticks * 2)))
                : TimeSpan.Zero;
            try { await Task.Delay(serverWait > delay ? serverWait : delay, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<Outcome> SendNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<MailTransport>();
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value;

        var candidate = await db.OutboxEmails
            .Where(e => e.SentAt == null && e.Attempts < o.MaxAttempts && e.NextAttemptAt <= now && (e.LockedUntil == null || e.LockedUntil < now))
            .OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (candidate == 0) return Outcome.NothingDue;

        var lockUntil = now.AddMinutes(2);
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == candidate && e.SentAt == null && (e.LockedUntil == null || e.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, lockUntil), ct);
        if (claimed == 0) return Outcome.Handled; // another node took it; look for the next one

        var email = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == candidate, ct);
        try
        {
            await transport.SendAsync(ToMime(email, o), ct);
            await db.OutboxEmails.Where(e => e.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.SentAt, time.GetUtcNow().UtcDateTime)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && IsServerUnavailable(ex))
        {
            log.LogWarning(ex, "The mail server is unavailable; e-mail {Id} and the rest wait for it", candidate);
            await db.OutboxEmails.Where(e => e.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.LastError, Shorten(ex.Message))
                .SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
            return Outcome.ServerUnavailable;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = email.Attempts + 1;
            var retryAt = time.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(3600, o.RetryBaseSeconds * Math.Pow(2, attempts - 1)));
            log.LogWarning(ex, "Sending e-mail {Id} failed (attempt {Attempt}); retrying at {RetryAt}", candidate, attempts, retryAt);
            await db.OutboxEmails.Where(e => e.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.NextAttemptAt, retryAt)
                .SetProperty(e => e.LastError, Shorten(ex.Message))
                .SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
        }
        return Outcome.Handled;
    }

    /// <summary>
    /// The server, not this message, failed: it could not be connected or logged in to, or it answered 421 (service not
    /// available, closing). A failure once a message is under way counts against that message, so a message the server
    /// chokes on is given up after its attempts instead of holding up the queue.
    /// </summary>
    private static bool IsServerUnavailable(Exception ex) =>
        ex is MailServerUnavailableException or SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable };

    private static string Shorten(string message) => message.Length > 1000 ? message[..1000] : message;

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
