using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Cohorts;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Academy.Quizzes;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Academy.Api;

public sealed class EnrolInput
{
    /// <summary>A cohort of the course to join; left out, the course is followed self-paced.</summary>
    public int? CohortId { get; set; }
}

public sealed class AttemptInput
{
    /// <summary>The number of this attempt (1 for the first): a replayed or repeated submission names one already used and is refused.</summary>
    public int Attempt { get; set; }
    public List<QuizAnswer?>? Answers { get; set; }
}

public sealed record AttemptDto(int Attempt, int Score, int OutOf, int Percent, bool Passed, int AttemptsLeft, EnrolmentDto Enrolment);

/// <summary>Learning: enrolling, progress, quiz attempts and cohorts, each on the caller's own enrolment.</summary>
internal static class LearningApi
{
    public static void MapLearningApi(this WebApplication app)
    {
        var academy = app.MapGroup("/api/v1/academy").WithTags("Academy");
        academy.MapGet("/courses/{id:int}/cohorts", CohortsAsync).WithName("ListCohorts")
            .WithSummary("The cohorts of a course with their dates, facilitators and places (capacity, taken, waiting, free).").ProducesProblem(StatusCodes.Status404NotFound);
        var signedIn = academy.MapGroup("").RequireAuthorization(Policies.SignedIn);
        signedIn.MapGet("/enrolments", MineAsync).WithName("MyEnrolments")
            .WithSummary("The caller's enrolments with their pinned version, progress and certificate.");
        signedIn.MapPost("/courses/{id:int}/enrolment", EnrolAsync).WithName("Enrol")
            .WithSummary("Enrol the caller on a published course, self-paced or in a cohort (a full cohort puts them on its waitlist). Enrolling twice is refused (409).")
            .Produces<EnrolmentDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapDelete("/courses/{id:int}/enrolment", LeaveAsync).WithName("LeaveCourse")
            .WithSummary("Leave a course not yet completed; a cohort place passes to the first person waiting, who is told.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapPost("/courses/{id:int}/lessons/{lessonId:int}/done", DoneAsync).WithName("MarkLessonDone")
            .WithSummary("Mark a lesson of the caller's pinned version done (once). The last one completes the course, issues the certificate and adds the hours to the passport, in the same transaction. Quiz lessons are done by passing.")
            .Produces<EnrolmentDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapPost("/courses/{id:int}/lessons/{lessonId:int}/attempts", AttemptAsync).WithName("AttemptQuiz")
            .WithSummary("Submit an attempt at a quiz lesson, graded on the server. Refused: an answer to another quiz's question or with another question's option, an attempt number already used, an attempt beyond the limit.")
            .Produces<AttemptDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapPost("/courses/{id:int}/cohorts", CreateCohortAsync).WithName("CreateCohort")
            .WithSummary("Add a cohort to a course (its authors and admins): name, dates, capacity, facilitators.")
            .Produces<CohortDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        signedIn.MapPut("/courses/{id:int}/lessons/{lessonId:int}/quiz", SaveQuizAsync).WithName("SaveQuiz")
            .WithSummary("Replace a quiz lesson's questions, pass mark and attempts limit (the course's authors and admins); reaches learners at the next publish.")
            .Produces<LessonQuiz>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CohortsAsync(int id, ClaimsPrincipal user, CourseAuthoring authoring, CohortPlanning cohorts, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        return TypedResults.Ok(await cohorts.ListAsync(id, ct));
    }

    private static async Task<Ok<List<EnrolmentDto>>> MineAsync(ClaimsPrincipal user, EnrolmentReading reading, CancellationToken ct) =>
        TypedResults.Ok(await reading.ForUserAsync(CityAccess.UserId(user)!.Value, ct));

    private static async Task<IResult> EnrolAsync(int id, EnrolInput? input, ClaimsPrincipal user, CourseAuthoring authoring, Enrolments enrolments,
        EnrolmentReading reading, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        var userId = CityAccess.UserId(user)!.Value;
        var result = await enrolments.EnrolAsync(course, userId, input?.CohortId, null, null, ct);
        if (result.Refused is { } refused) return Problem(refused, l);
        var dto = (await reading.ForUserAsync(userId, ct)).First(e => e.Id == result.Enrolment!.Id);
        return TypedResults.Created("/api/v1/academy/enrolments", dto);
    }

    private static async Task<IResult> LeaveAsync(int id, ClaimsPrincipal user, CourseAuthoring authoring, Enrolments enrolments, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        return await enrolments.LeaveAsync(course, CityAccess.UserId(user)!.Value, ct) is { } refused ? Problem(refused, l) : TypedResults.NoContent();
    }

    private static async Task<IResult> DoneAsync(int id, int lessonId, ClaimsPrincipal user, CourseAuthoring authoring, LessonSteps steps,
        EnrolmentReading reading, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        var userId = CityAccess.UserId(user)!.Value;
        var step = await steps.MarkDoneAsync(course, userId, lessonId, ct);
        if (step.Refused is { } refused) return Problem(refused, l);
        return TypedResults.Ok((await reading.ForUserAsync(userId, ct)).First(e => e.CourseId == id));
    }

    private static async Task<IResult> AttemptAsync(int id, int lessonId, AttemptInput input, ClaimsPrincipal user, CourseAuthoring authoring,
        LessonSteps steps, EnrolmentReading reading, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        var userId = CityAccess.UserId(user)!.Value;
        var step = await steps.AttemptAsync(course, userId, lessonId, input.Attempt, input.Answers ?? [], ct);
        if (step.Refused is { } refused) return Problem(refused, l);
        var enrolment = (await reading.ForUserAsync(userId, ct)).First(e => e.CourseId == id);
        var left = await steps.AttemptsLeftAsync(step.Enrolment!.Id, course, lessonId, ct);
        var g = step.Grade!;
        return TypedResults.Ok(new AttemptDto(input.Attempt, g.Score, g.OutOf, g.Percent, g.Passed, left, enrolment));
    }

    private static async Task<IResult> CreateCohortAsync(int id, CohortInput input, ClaimsPrincipal user, CourseAuthoring authoring, CohortPlanning cohorts,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        if (!CourseAccess.CanEdit(user, course)) return TypedResults.Problem(statusCode: 403, detail: l["Academy.Error.NotAuthor"]);
        var (cohort, errors) = await cohorts.CreateAsync(course, input, CityAccess.UserId(user)!.Value, ct);
        if (errors is not null) return TypedResults.ValidationProblem(errors);
        return TypedResults.Created($"/api/v1/academy/courses/{id}/cohorts", (await cohorts.ListAsync(id, ct)).First(c => c.Id == cohort!.Id));
    }

    private static async Task<IResult> SaveQuizAsync(int id, int lessonId, QuizInput input, ClaimsPrincipal user, CourseAuthoring authoring, QuizAuthoring quizzes,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        if (!CourseAccess.CanEdit(user, course)) return TypedResults.Problem(statusCode: 403, detail: l["Academy.Error.NotAuthor"]);
        if (course.Modules.SelectMany(m => m.Lessons).FirstOrDefault(x => x.Id == lessonId) is not { } lesson)
            return TypedResults.Problem(statusCode: 404, detail: l["Academy.Error.NotInCourse"]);
        if (await quizzes.SaveAsync(course, lesson, input, ct) is { } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(lesson.Quiz);
    }

    internal static IResult Problem(Refusal refused, JsonStringLocalizer l) => TypedResults.Problem(statusCode: refused.Status, detail: l[refused.Key]);

    private static IResult NotFound(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 404, detail: l["Academy.Error.NotFound"]);
}
