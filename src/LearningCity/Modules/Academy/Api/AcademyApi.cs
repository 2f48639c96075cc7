using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Catalogue;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Academy.Api;

/// <summary>The body of POST and PUT: the course's facts and, optionally, its whole structure (which then replaces the current one).</summary>
public sealed class CourseApiInput : CourseInput
{
    /// <summary>Modules in order, each with its lessons in order. Left out: the structure stays as it is. File lessons are added on the pages.</summary>
    public List<CourseModuleInput>? Modules { get; set; }
}

internal static class AcademyApi
{
    public static void MapAcademyApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/academy/courses").WithTags("Academy");
        group.MapGet("/", ListAsync).WithName("ListCourses")
            .WithSummary("Published courses by capacity then title. Filters: capacity (CurriculumDevelopment, PedagogicalInnovation, CommunityEngagement, PolicyAdvocacy), audience (CityExecutives, Coordinators, Facilitators, Educators, CommunityLeaders, Citizens), q (words, found by the platform search; best match first).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetCourse")
            .WithSummary("A published course with its modules and lessons, or a draft of the caller (admins see all).").ProducesProblem(StatusCodes.Status404NotFound);
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/", CreateAsync).WithName("CreateCourse")
            .WithSummary("Add a course as a draft (facilitators and admins), with its modules and lessons if given.")
            .Produces<CourseDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateCourse")
            .WithSummary("Change a course (its author or an admin); with modules, its structure is replaced. A published course stays published: the change reaches learners at the next publish.")
            .Produces<CourseDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        write.MapPost("/{id:int}/publish", PublishAsync).WithName("PublishCourse")
            .WithSummary("Publish the course as it is now: its structure is frozen as the next version.")
            .Produces<CourseDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        write.MapPost("/{id:int}/unpublish", UnpublishAsync).WithName("UnpublishCourse")
            .WithSummary("Take a course off the catalogue (back to draft); its versions are kept.")
            .Produces<CourseDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Paged<CourseDto>>> ListAsync(string? capacity, string? audience, string? q, int? page, int? pageSize,
        AppDbContext db, ISearchService search, CancellationToken ct)
    {
        var paged = await CourseQuery.PageAsync(db, search, new CourseFilter(capacity, audience, q), PageRequest.From(page, pageSize), ct);
        return TypedResults.Ok(paged.Map(c => CourseDto.Of(c, withLessons: false)));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, CourseAuthoring authoring, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        return TypedResults.Ok(CourseDto.Of(course, withLessons: true));
    }

    private static async Task<IResult> CreateAsync(CourseApiInput input, HttpContext http, ClaimsPrincipal user, CourseAuthoring authoring,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (!CourseAccess.CanCreate(user)) return Forbidden(l);
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var save = await authoring.CreateAsync(input, input.Modules, user, ct);
        if (save.Errors is not null) return TypedResults.ValidationProblem(save.Errors);
        return TypedResults.Created(CourseLinks.Page(save.Course!.Id).Replace("/academy/", "/api/v1/academy/", StringComparison.Ordinal),
            CourseDto.Of(save.Course, withLessons: true));
    }

    private static async Task<IResult> UpdateAsync(int id, CourseApiInput input, HttpContext http, ClaimsPrincipal user, CourseAuthoring authoring,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        if (!CourseAccess.CanEdit(user, course)) return Forbidden(l);
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        return Answer(await authoring.UpdateAsync(course, input, input.Modules, ct));
    }

    private static async Task<IResult> PublishAsync(int id, ClaimsPrincipal user, CourseAuthoring authoring, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        if (!CourseAccess.CanEdit(user, course)) return Forbidden(l);
        return Answer(await authoring.PublishAsync(course, ct));
    }

    private static async Task<IResult> UnpublishAsync(int id, ClaimsPrincipal user, CourseAuthoring authoring, JsonStringLocalizer l, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(user, course)) return NotFound(l);
        if (!CourseAccess.CanEdit(user, course)) return Forbidden(l);
        if (course.Status != CourseStatus.Published) return TypedResults.Problem(statusCode: 409, detail: l["Academy.Error.NotPublished"]);
        return Answer(await authoring.UnpublishAsync(course, ct));
    }

    private static IResult Answer(CourseSave save) =>
        save.Errors is not null ? TypedResults.ValidationProblem(save.Errors) : TypedResults.Ok(CourseDto.Of(save.Course!, withLessons: true));

    private static IResult NotFound(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 404, detail: l["Academy.Error.NotFound"]);

    private static IResult Forbidden(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l["Academy.Error.NotAuthor"]);
}
