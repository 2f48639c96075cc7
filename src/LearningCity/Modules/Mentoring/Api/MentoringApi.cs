using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Modules.Mentoring.Pairs;
using LearningCity.Modules.Mentoring.Suggestions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Api;

/// <summary>A city willing to mentor.</summary>
public sealed record MentorCityDto(int CityId, string Name, string Url);

internal static class MentoringApi
{
    public static void MapMentoringApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/mentoring").WithTags("Mentoring");
        group.MapGet("/pairs", ListAsync).WithName("ListMentoringPairs")
            .WithSummary("Active mentoring pairs between cities (public: cities, focus indicators, status), newest first; cityId limits them to one city's.");
        group.MapGet("/pairs/{id:int}", GetAsync).WithName("GetMentoringPair")
            .WithSummary("A pair. Proposed, declined and withdrawn pairs only for their people, the coordinators of both cities and admins; meetings, notes and people only for them too.")
            .Produces<PairDto>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/mentors", MentorsAsync).WithName("ListMentorCities").WithSummary("Approved cities that agreed to mentor.");

        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapGet("/suggestions", SuggestAsync).WithName("MentoringSuggestions")
            .WithSummary("For a city (its coordinators and admins): its weakest indicators in its latest validated self-assessment, and for each the willing cities that score highest there.")
            .Produces<SuggestionList>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        write.MapPost("/requests", RequestAsync).WithName("RequestMentoringPair")
            .WithSummary("Ask for a pair (a coordinator of the mentee or the mentor city, or an admin): the other city's coordinators are notified and accept or decline. Refused: the same city twice, a second live pair of the same cities, a city the caller does not coordinate, a mentor city that has not agreed to mentor.")
            .Produces<PairDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/accept", (int id, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
                AnswerAsync(id, true, user, records, requests, reader, access, l, ct)).WithName("AcceptMentoringPair")
            .WithSummary("Accept a proposal (a coordinator of the city that did not ask, or an admin; never the person who asked): the pair becomes active.")
            .Produces<PairDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/decline", (int id, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
                AnswerAsync(id, false, user, records, requests, reader, access, l, ct)).WithName("DeclineMentoringPair")
            .WithSummary("Decline a proposal (as for accept).")
            .Produces<PairDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/withdraw", (int id, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
                EndAsync(id, PairStatus.Withdrawn, user, records, requests, reader, access, l, ct)).WithName("WithdrawMentoringPair")
            .WithSummary("Withdraw a proposed or active pair (either city's coordinators or admins).")
            .Produces<PairDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/complete", (int id, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
                EndAsync(id, PairStatus.Completed, user, records, requests, reader, access, l, ct)).WithName("CompleteMentoringPair")
            .WithSummary("Mark an active pair completed (either city's coordinators or admins).")
            .Produces<PairDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/meetings", MeetingAsync).WithName("AddMentoringMeeting")
            .WithSummary("Record a meeting of an active pair: date (ISO yyyy-MM-dd) and notes. The pair's people, the coordinators of both cities and admins.")
            .Produces<PairDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/notes", NoteAsync).WithName("AddMentoringNote")
            .WithSummary("Add a note to an active pair (as for meetings).")
            .Produces<PairDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/pairs/{id:int}/people", PersonAsync).WithName("AddMentoringPerson")
            .WithSummary("Name a person (an account, by e-mail) on one side (Mentor or Mentee): that side's coordinators or admins.")
            .Produces<PairDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPut("/cities/{cityId:int}/willingness", WillingnessAsync).WithName("SetMentorWillingness")
            .WithSummary("Whether the city agrees to mentor other cities (its coordinators and admins); only willing cities are suggested as mentors.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<List<PairDto>>> ListAsync(int? cityId, AppDbContext db, PairReader reader, CancellationToken ct)
    {
        var query = db.MentoringPairs.AsNoTracking().Where(p => p.Status == PairStatus.Active);
        if (cityId is { } c) query = query.Where(p => p.MentorCityId == c || p.MenteeCityId == c);
        var pairs = await query.OrderByDescending(p => p.RespondedAt).ThenByDescending(p => p.Id).Take(200).ToListAsync(ct);
        return TypedResults.Ok(await reader.ToDtosAsync(pairs, _ => null, ct));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, PairRecords records, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        var pair = await records.FindAsync(id, ct);
        if (pair is null) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NotFound"), l);
        var rights = await access.RightsAsync(user, pair, ct);
        if (!rights.CanView) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NotFound"), l);
        return TypedResults.Ok((await reader.ToDtosAsync([pair], _ => rights, ct))[0]);
    }

    private static async Task<Ok<List<MentorCityDto>>> MentorsAsync(AppDbContext db, CityLookup cities, CancellationToken ct)
    {
        var ids = await db.MentorWillingness.AsNoTracking().Where(w => w.Willing).Select(w => w.CityId).ToListAsync(ct);
        var found = await cities.FindManyAsync(ids, ct);
        return TypedResults.Ok(found.Values.Where(c => c.IsApproved).OrderBy(c => c.NameTh, StringComparer.Ordinal)
            .Select(c => new MentorCityDto(c.Id, new BilingualText(c.NameTh, c.NameEn).Current, $"/cities/{c.Id}")).ToList());
    }

    private static async Task<IResult> SuggestAsync(int? cityId, ClaimsPrincipal user, CityAccess access, CityLookup cities, MentorSuggestions suggestions,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (cityId is not { } id) return RequestValidation.Problem("cityId", l["Validation.Required", l["Mentoring.Field.City"].Value].Value);
        if (await cities.FindAsync(id, ct) is null) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NoCity"), l);
        if (!await access.CanEditAsync(user, id, ct)) return Refused(PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator"), l);
        return TypedResults.Ok(await suggestions.ForCityAsync(id, ct));
    }

    private static async Task<IResult> RequestAsync(PairRequestInput input, HttpContext http, ClaimsPrincipal user, PairRequests requests,
        PairRecords records, PairReader reader, PairAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var outcome = await requests.RequestAsync(input, user, ct);
        if (outcome.Refused) return Refused(outcome, l);
        var dto = await DtoAsync(outcome.Pair!.Id, user, records, reader, access, ct);
        return TypedResults.Created($"/api/v1/mentoring/pairs/{dto.Id}", dto);
    }

    private static async Task<IResult> AnswerAsync(int id, bool accept, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader,
        PairAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        var pair = await records.FindAsync(id, ct);
        if (pair is null) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NotFound"), l);
        var outcome = await requests.AnswerAsync(pair, accept, user, ct);
        return outcome.Refused ? Refused(outcome, l) : TypedResults.Ok(await DtoAsync(id, user, records, reader, access, ct));
    }

    private static async Task<IResult> EndAsync(int id, PairStatus end, ClaimsPrincipal user, PairRecords records, PairRequests requests, PairReader reader,
        PairAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        var pair = await records.FindAsync(id, ct);
        if (pair is null) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NotFound"), l);
        var outcome = await requests.EndAsync(pair, end, user, ct);
        return outcome.Refused ? Refused(outcome, l) : TypedResults.Ok(await DtoAsync(id, user, records, reader, access, ct));
    }

    private static Task<IResult> MeetingAsync(int id, MeetingInput input, HttpContext http, ClaimsPrincipal user, PairRecords records, PairReader reader,
        PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
        RecordAsync(id, input, http, user, records, reader, access, l, (pair) => records.AddMeetingAsync(pair, input, user, ct), ct);

    private static Task<IResult> NoteAsync(int id, NoteInput input, HttpContext http, ClaimsPrincipal user, PairRecords records, PairReader reader,
        PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
        RecordAsync(id, input, http, user, records, reader, access, l, (pair) => records.AddNoteAsync(pair, input, user, ct), ct);

    private static Task<IResult> PersonAsync(int id, PersonInput input, HttpContext http, ClaimsPrincipal user, PairRecords records, PairReader reader,
        PairAccess access, JsonStringLocalizer l, CancellationToken ct) =>
        RecordAsync(id, input, http, user, records, reader, access, l, (pair) => records.AddPersonAsync(pair, input, user, ct), ct);

    /// <summary>Finds the pair and hides it from those who may not see it before the body is checked, then records.</summary>
    private static async Task<IResult> RecordAsync(int id, object input, HttpContext http, ClaimsPrincipal user, PairRecords records, PairReader reader,
        PairAccess access, JsonStringLocalizer l, Func<MentoringPair, Task<PairOutcome>> record, CancellationToken ct)
    {
        var pair = await records.FindAsync(id, ct);
        if (pair is null || !(await access.RightsAsync(user, pair, ct)).CanView) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NotFound"), l);
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var outcome = await record(pair);
        if (outcome.Refused) return Refused(outcome, l);
        var dto = await DtoAsync(id, user, records, reader, access, ct);
        return TypedResults.Created($"/api/v1/mentoring/pairs/{id}", dto);
    }

    private static async Task<IResult> WillingnessAsync(int cityId, WillingnessInput input, HttpContext http, ClaimsPrincipal user, PairRecords records,
        CityAccess access, CityLookup cities, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await cities.FindAsync(cityId, ct) is null) return Refused(PairOutcome.Refuse(404, "Mentoring.Error.NoCity"), l);
        if (!await access.CanEditAsync(user, cityId, ct)) return Refused(PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator"), l);
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var status = await records.SetWillingAsync(cityId, input.Willing!.Value, user, ct);
        return status switch
        {
            404 => Refused(PairOutcome.Refuse(404, "Mentoring.Error.NoCity"), l),
            403 => Refused(PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator"), l),
            _ => TypedResults.Ok(new { cityId, willing = input.Willing.Value }),
        };
    }

    private static async Task<PairDto> DtoAsync(int id, ClaimsPrincipal user, PairRecords records, PairReader reader, PairAccess access, CancellationToken ct)
    {
        var pair = (await records.FindAsync(id, ct))!;
        var rights = await access.RightsAsync(user, pair, ct);
        return (await reader.ToDtosAsync([pair], _ => rights, ct))[0];
    }

    public static IResult Refused(PairOutcome outcome, JsonStringLocalizer l) => outcome.Field is { } field && outcome.Status == 400
        ? RequestValidation.Problem(field, l[outcome.Error!].Value)
        : TypedResults.Problem(statusCode: outcome.Status, detail: l[outcome.Error!].Value);
}
