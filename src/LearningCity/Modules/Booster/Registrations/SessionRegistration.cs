using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Seats;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

public sealed record ConsentInput(bool Consent, string? GuardianName = null, string? GuardianContact = null, bool GuardianConsent = false);

public sealed record RegistrationResult(Registration? Registration, RegistrationRefusal Refusal, Dictionary<string, string> Errors)
{
    public bool Succeeded => Registration is not null;
}

/// <summary>
/// Signs a learner up for a session. The seat is taken through the shared seat counter (<see cref="SeatCounter"/>: one
/// conditional UPDATE, ConfirmedCount &lt; Capacity) inside the transaction that writes the registration's consent and
/// its notification, so concurrent sign-ups never overbook: whoever finds no seat left joins the waitlist.
/// </summary>
public sealed class SessionRegistration(AppDbContext db, SeatCounter seats, LearnerNotifier notifier, JsonStringLocalizer l, TimeProvider time)
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

        var seat = new SeatedThing(SeatKinds.BoosterSession, sessionId);
        if (await seats.HoldOfAsync(seat, userId, ct) is not null) return Refused(RegistrationRefusal.AlreadyRegistered);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The seat (confirmed or waitlisted) is taken through the shared seat counter, in this transaction.
            var taking = await seats.TakeAsync(seat, userId, asOwner: true, ct);
            if (taking.HoldId is not { } holdId) return Refused(RegistrationRefusal.AlreadyRegistered);
            var registration = (await db.Registrations.FindAsync([holdId], ct))!;
            registration.AgeGroup = PrivacyNotice.AgeGroupOf(user.BirthYear, now);
            registration.ProvinceCode = user.ProvinceCode;
            registration.ConsentVersion = PrivacyNotice.ConsentVersion;
            registration.ConsentedAt = now;
            var guardian = PrivacyNotice.NeedsGuardian(user.BirthYear, now);
            registration.GuardianName = guardian ? consent.GuardianName!.Trim() : null;
            registration.GuardianContact = guardian ? consent.GuardianContact!.Trim() : null;
            registration.GuardianConsentedAt = guardian ? now : null;
            await db.SaveChangesAsync(ct);
            var kind = registration.Status == RegistrationStatus.Confirmed ? NotificationKind.RegistrationConfirmed : NotificationKind.Waitlisted;
            await notifier.NotifyAsync(userId, kind, NotificationTexts.Title(l, kind, activity!.Title), NotificationTexts.Body(l, kind, activity.Title, session!.StartsAt),
                TicketLinks.Ticket(registration.Id), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new RegistrationResult(registration, RegistrationRefusal.None, []);
        }
        catch (DbUpdateException)
        {
            // The same person signing up twice at once: the unique (session, user) index or the row version stops the second.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refused(RegistrationRefusal.AlreadyRegistered);
        }
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

    private static RegistrationResult Refused(RegistrationRefusal refusal) => new(null, refusal, []);
}

public static class TicketLinks
{
    public static string Ticket(int registrationId) => $"/me/registrations/{registrationId}/ticket";
    public static string Register(int activityId, int sessionId) => $"/activities/{activityId}/sessions/{sessionId}/register";
    public static string Activity(int activityId) => $"/activities/{activityId}";
}
