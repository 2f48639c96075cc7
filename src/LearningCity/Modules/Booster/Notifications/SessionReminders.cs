using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Registrations;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Notifications;

/// <summary>
/// The day-before reminder: for each session that starts on the next Thai calendar day, the node that claims the
/// session first (conditional UPDATE of RemindersSentAt) notifies its confirmed learners in the same transaction.
/// </summary>
public sealed class SessionReminders(AppDbContext db, LearnerNotifier notifier, JsonStringLocalizer l)
{
    public async Task<int> SendDueAsync(DateTime nowUtc, CancellationToken ct)
    {
        var tomorrow = DateOnly.FromDateTime(ThaiTime.Of(nowUtc)).AddDays(1);
        var from = ThaiTime.StartOfDayUtc(tomorrow);
        var to = ThaiTime.StartOfDayUtc(tomorrow.AddDays(1));
        var due = await db.ActivitySessions.AsNoTracking()
            .Where(s => s.StartsAt >= from && s.StartsAt < to && s.RemindersSentAt == null && s.Status == SessionStatus.Scheduled)
            .Select(s => s.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var sessionId in due)
            if (await RemindAsync(sessionId, nowUtc, ct)) sent++;
        return sent;
    }

    private async Task<bool> RemindAsync(int sessionId, DateTime nowUtc, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.ActivitySessions.Where(s => s.Id == sessionId && s.RemindersSentAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RemindersSentAt, nowUtc), ct);
        if (claimed == 0) return false;
        var session = await db.ActivitySessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
        var title = await db.Activities.AsNoTracking().Where(a => a.Id == session.ActivityId).Select(a => a.Title).FirstAsync(ct);
        var learners = await db.Registrations.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Confirmed && r.UserId != null)
            .Select(r => new { r.Id, UserId = r.UserId!.Value }).ToListAsync(ct);
        foreach (var learner in learners)
            await notifier.NotifyAsync(learner.UserId, NotificationKind.Reminder, NotificationTexts.Title(l, NotificationKind.Reminder, title),
                NotificationTexts.Body(l, NotificationKind.Reminder, title, session.StartsAt), TicketLinks.Ticket(learner.Id), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}

/// <summary>Runs the reminders every Booster:ReminderPollSeconds (default 300) on every node; the claim makes that safe.</summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, IConfiguration config, TimeProvider time, ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = config.GetValue("Booster:ReminderPollSeconds", 300.0);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, seconds)), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reminders = scope.ServiceProvider.GetRequiredService<SessionReminders>();
                await reminders.SendDueAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Session reminders failed; retrying at the next poll");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
