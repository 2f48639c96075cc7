using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

public sealed record ConsentInput(bool Consent, string? GuardianName = null, string? GuardianContact = null, bool GuardianConsent = false);

public sealed record RegistrationResult(Registration? Registration, RegistrationRefusal Refusal, Dictionary<string, string> Errors)
{
    public bool Succeeded => Registration is not null;
}

/// <summary>
/// Signs a learner up for a session. The seat is taken by one conditional UPDATE (ConfirmedCount &lt; Capacity) inside
/// the transaction that writes the registration and its notification, so concurrent sign-ups never overbook:
/// whoever finds no seat left joins the waitlist.
/// </summary>
public sealed class SessionRegistration(AppDbContext db, LearnerNotifier notifier, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<RegistrationResult> RegisterAsync(Guid userId, int activityId, int sessionId, ConsentInput consent, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, ct);
        var session = await db.ActivitySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        var refusal = RegistrationRules.Check(activity, session, now);
        if (refusal != RegistrationRefusal.None) return Refused(refusal);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.BirthYear, u.ProvinceCode }).FirstAsync(ct);
        var errors = CheckConsent(consent, PrivacyNotice.NeedsGuardian(user.BirthYear, now));
        if (errors.Count > 0) return new RegistrationResult(null, RegistrationRefusal.None, errors);

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.SessionId == sessionId && r.UserId == userId, ct);
        if (registration is { Status: not RegistrationStatus.Cancelled }) return Refused(RegistrationRefusal.AlreadyRegistered);
        var code = await NewTicketCodeAsync(ct);

        // The seat UPDATE is the transaction's first statement: on SQLite it takes the write lock before anything is read.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var seated = await db.ActivitySessions
            .Where(s => s.Id == sessionId && s.Status == SessionStatus.Scheduled && s.ConfirmedCount < s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConfirmedCount, s => s.ConfirmedCount + 1), ct);
        if (registration is null)
        {
            registration = new Registration { SessionId = sessionId, ActivityId = activityId, UserId = userId, TicketCode = code, Version = 1 };
            db.Registrations.Add(registration);
        }
        else registration.Version++;
        registration.Status = seated == 1 ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        registration.CreatedAt = now;
        registration.WaitlistedAt = seated == 1 ? null : now;
        registration.PromotedAt = registration.CancelledAt = registration.AttendedAt = null;
        registration.AttendanceMarkedBy = null;
        registration.AgeGroup = PrivacyNotice.AgeGroupOf(user.BirthYear, now);
        registration.ProvinceCode = user.ProvinceCode;
        registration.ConsentVersion = PrivacyNotice.ConsentVersion;
        registration.ConsentedAt = now;
        var guardian = PrivacyNotice.NeedsGuardian(user.BirthYear, now);
        registration.GuardianName = guardian ? consent.GuardianName!.Trim() : null;
        registration.GuardianContact = guardian ? consent.GuardianContact!.Trim() : null;
        registration.GuardianConsentedAt = guardian ? now : null;
        try
        {
            await db.SaveChangesAsync(ct);
            var kind = registration.Status == RegistrationStatus.Confirmed ? NotificationKind.RegistrationConfirmed : NotificationKind.Waitlisted;
            await notifier.NotifyAsync(userId, kind, NotificationTexts.Title(l, kind, activity!.Title), NotificationTexts.Body(l, kind, activity.Title, session!.StartsAt),
                TicketLinks.Ticket(registration.Id), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person signing up twice at once: the unique (session, user) index or the row version stops the second.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refused(RegistrationRefusal.AlreadyRegistered);
        }
        return new RegistrationResult(registration, RegistrationRefusal.None, []);
    }

    private Dictionary<string, string> CheckConsent(ConsentInput consent, bool needsGuardian)
    {
        var errors = new Dictionary<string, string>();
        if (!consent.Consent) errors["Consent"] = l["Registration.Consent.Required"];
        if (!needsGuardian) return errors;
        if (string.IsNullOrWhiteSpace(consent.GuardianName)) errors["GuardianName"] = l["Validation.Required", l["Registration.Guardian.Name"]];
        else if (consent.GuardianName.Trim().Length > 200) errors["GuardianName"] = l["Validation.MaxLength", l["Registration.Guardian.Name"], 200];
        if (string.IsNullOrWhiteSpace(consent.GuardianContact)) errors["GuardianContact"] = l["Validation.Required", l["Registration.Guardian.Contact"]];
        else if (consent.GuardianContact.Trim().Length > 320) errors["GuardianContact"] = l["Validation.MaxLength", l["Registration.Guardian.Contact"], 320];
        if (!consent.GuardianConsent) errors["GuardianConsent"] = l["Registration.Guardian.ConsentRequired"];
        return errors;
    }

    private async Task<string> NewTicketCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = TicketCode.New();
            if (!await db.Registrations.AnyAsync(r => r.TicketCode == code, ct)) return code;
        }
    }

    private static RegistrationResult Refused(RegistrationRefusal refusal) => new(null, refusal, []);
}

public static class TicketLinks
{
    public static string Ticket(int registrationId) => $"/me/registrations/{registrationId}/ticket";
    public static string Register(int activityId, int sessionId) => $"/activities/{activityId}/sessions/{sessionId}/register";
    public static string Activity(int activityId) => $"/activities/{activityId}";
}
