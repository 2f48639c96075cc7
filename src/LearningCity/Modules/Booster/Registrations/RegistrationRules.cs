using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Booster.Registrations;

public enum RegistrationRefusal
{
    None,
    NotFound,
    SessionCancelled,
    SessionStarted,
    WindowNotOpen,
    WindowClosed,
    AlreadyRegistered,
    NotCancellable,
}

/// <summary>When a session can be signed up for: published activity, scheduled session not yet started, inside the window.</summary>
public static class RegistrationRules
{
    public static RegistrationRefusal Check(Activity? activity, ActivitySession? session, DateTime nowUtc)
    {
        if (activity is null || session is null || session.ActivityId != activity.Id || activity.Status != PublicationStatus.Published)
            return RegistrationRefusal.NotFound;
        if (session.Status == SessionStatus.Cancelled) return RegistrationRefusal.SessionCancelled;
        if (session.StartsAt <= nowUtc) return RegistrationRefusal.SessionStarted;
        if (activity.RegistrationOpensAt is { } opens && nowUtc < opens) return RegistrationRefusal.WindowNotOpen;
        if (activity.RegistrationClosesAt is { } closes && nowUtc >= closes) return RegistrationRefusal.WindowClosed;
        return RegistrationRefusal.None;
    }

    public static string MessageKey(RegistrationRefusal refusal) => $"Registration.Refused.{refusal}";

    public static int StatusCode(RegistrationRefusal refusal) =>
        refusal == RegistrationRefusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
}
