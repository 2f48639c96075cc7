using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

public sealed record RegistrationRequest(bool Consent, string? GuardianName, string? GuardianContact, bool GuardianConsent);

public sealed record RegistrationDto(int Id, int ActivityId, int SessionId, string ActivityTitle, DateTime StartsAt, DateTime EndsAt,
    string Status, string TicketCode, DateTime? WaitlistedAt, DateTime? AttendedAt, string TicketUrl, string CalendarUrl)
{
    public static RegistrationDto Of(Registration r, ActivitySession s, Activity a) => new(r.Id, r.ActivityId, r.SessionId, a.Title.Current,
        s.StartsAt, s.EndsAt, r.Status.ToString().ToLowerInvariant(), r.TicketCode, r.WaitlistedAt, r.AttendedAt,
        TicketLinks.Ticket(r.Id), $"/me/registrations/{r.Id}/calendar.ics");
}

internal static class RegistrationsApi
{
    public static void MapRegistrationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Registrations").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/activities/{id:int}/sessions/{sessionId:int}/registrations", RegisterAsync).WithName("RegisterForSession")
            .WithSummary("Signs the caller up for a session: confirmed while seats are left, else waitlisted. Consent to the privacy notice is required; a learner under 10 also needs a guardian's name, contact and consent.")
            .Produces<RegistrationDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/me/registrations", ListAsync).WithName("ListMyRegistrations").WithSummary("The caller's registrations, soonest session first.");
        group.MapPost("/me/registrations/{id:int}/cancel", CancelAsync).WithName("CancelMyRegistration")
            .WithSummary("Cancels the caller's registration; a freed seat goes to the earliest waitlisted person.")
            .Produces<RegistrationDto>().ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> RegisterAsync(int id, int sessionId, RegistrationRequest? body, ClaimsPrincipal user, UserManager<AppUser> users,
        SessionRegistration registration, AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        body ??= new RegistrationRequest(false, null, null, false);
        var userId = Guid.Parse(users.GetUserId(user)!);
        var result = await registration.RegisterAsync(userId, id, sessionId, new ConsentInput(body.Consent, body.GuardianName, body.GuardianContact, body.GuardianConsent), ct);
        if (result.Errors.Count > 0)
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }));
        if (result.Registration is not { } saved)
            return TypedResults.Problem(statusCode: RegistrationRules.StatusCode(result.Refusal), detail: l[RegistrationRules.MessageKey(result.Refusal)]);
        var item = await MyRegistration.Of(db, userId, saved.Id).FirstAsync(ct);
        return TypedResults.Created($"/api/v1/me/registrations/{saved.Id}", RegistrationDto.Of(item.Registration, item.Session, item.Activity));
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, CancellationToken ct)
    {
        var items = await MyRegistration.Of(db, Guid.Parse(users.GetUserId(user)!)).ToListAsync(ct);
        return TypedResults.Ok(items.OrderBy(m => m.Session.StartsAt).Select(m => RegistrationDto.Of(m.Registration, m.Session, m.Activity)).ToList());
    }

    private static async Task<IResult> CancelAsync(int id, ClaimsPrincipal user, UserManager<AppUser> users, RegistrationCancellation cancellation,
        AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        var userId = Guid.Parse(users.GetUserId(user)!);
        var refusal = await cancellation.CancelAsync(userId, id, ct);
        if (refusal != RegistrationRefusal.None)
            return TypedResults.Problem(statusCode: RegistrationRules.StatusCode(refusal), detail: l[RegistrationRules.MessageKey(refusal)]);
        var item = await MyRegistration.Of(db, userId, id).FirstAsync(ct);
        return TypedResults.Ok(RegistrationDto.Of(item.Registration, item.Session, item.Activity));
    }
}
