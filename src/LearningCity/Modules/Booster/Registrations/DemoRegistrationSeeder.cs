using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Identity.Seed;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>
/// Demo (Seed:Demo): the demo learner holds a confirmed seat in an upcoming demo session (with its confirmation
/// notification) and attended two past ones, so the ticket, calendar and passport pages have something to show.
/// </summary>
internal sealed class DemoRegistrationSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 55;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        var learnerEmail = $"learner@{DemoAccountSeeder.Domain}";
        var learner = await db.Users.AsNoTracking().Where(u => u.Email == learnerEmail).Select(u => new { u.Id, u.BirthYear, u.ProvinceCode }).FirstOrDefaultAsync(ct);
        if (learner is null || await db.Registrations.AnyAsync(r => r.UserId == learner.Id, ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var sessions = await (from s in db.ActivitySessions
                              join a in db.Activities on s.ActivityId equals a.Id
                              where a.IsDemo && a.Status == PublicationStatus.Published && s.Status == SessionStatus.Scheduled
                              select new { Session = s, Activity = a }).ToListAsync(ct);
        var upcoming = sessions.Where(x => x.Session.StartsAt > now && x.Session.ConfirmedCount < x.Session.Capacity).MinBy(x => x.Session.StartsAt);
        var past = sessions.Where(x => x.Session.EndsAt < now && x.Session.ConfirmedCount < x.Session.Capacity)
            .OrderByDescending(x => x.Session.StartsAt).DistinctBy(x => x.Activity.Id).Take(2).ToList();
        if (upcoming is null && past.Count == 0) return;

        var notifier = services.GetRequiredService<LearnerNotifier>();
        var l = services.GetRequiredService<JsonStringLocalizer>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var chosen = past.Select(x => (x.Session, x.Activity)).ToList();
        if (upcoming is not null) chosen.Add((upcoming.Session, upcoming.Activity));
        foreach (var (session, activity) in chosen)
        {
            var attended = session.EndsAt < now;
            var marker = attended && activity.CityId is { } cityId
                ? await db.CityScopes.Where(c => c.CityId == cityId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(ct) : null;
            session.ConfirmedCount++;
            var registration = new Registration
            {
                SessionId = session.Id, ActivityId = activity.Id, UserId = learner.Id, Status = RegistrationStatus.Confirmed,
                TicketCode = TicketCode.New(), AgeGroup = PrivacyNotice.AgeGroupOf(learner.BirthYear, now), ProvinceCode = learner.ProvinceCode,
                CreatedAt = attended ? session.StartsAt.AddDays(-7) : now, ConsentVersion = PrivacyNotice.ConsentVersion,
                ConsentedAt = attended ? session.StartsAt.AddDays(-7) : now, AttendedAt = attended ? session.StartsAt : null,
                AttendanceMarkedBy = marker, Version = 1,
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync(ct);
            if (!attended)
                await notifier.NotifyAsync(learner.Id, NotificationKind.RegistrationConfirmed,
                    NotificationTexts.Title(l, NotificationKind.RegistrationConfirmed, activity.Title),
                    NotificationTexts.Body(l, NotificationKind.RegistrationConfirmed, activity.Title, session.StartsAt), TicketLinks.Ticket(registration.Id), ct, email: false);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
