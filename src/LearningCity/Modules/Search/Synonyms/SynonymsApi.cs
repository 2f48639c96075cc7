using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Search.Synonyms;

internal static class SynonymsApi
{
    public static void AddSearchSynonymAdmin(this IServiceCollection services)
    {
        services.AddScoped<SynonymCatalog>();
        services.AddScoped<SynonymEditing>();
        services.AddSingleton<IStartupSeeder, DemoSynonymSeeder>();
    }

    public static void MapSearchSynonyms(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/search/synonyms").WithTags("Search");
        group.MapGet("/", ListAsync).WithName("ListSearchSynonyms").AllowAnonymous()
            .WithSummary("The synonym and abbreviation rules the search applies: the built-in list (from the repository's file) and the rules admins added. Public: no sign-in needed.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetSearchSynonym").AllowAnonymous()
            .WithSummary("One rule an admin added (public).").ProducesProblem(StatusCodes.Status404NotFound);
        var admin = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", CreateAsync).WithName("AddSearchSynonym")
            .WithSummary("Add a rule (admins): one line, a group \"ผู้สูงอายุ, คนชรา, elderly\" or one-way \"โคราช => นครราชสีมา\". It applies to searches at once, on every node within 30 seconds. 400 when the line is no rule, 409 when the rule exists.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{id:int}", UpdateAsync).WithName("UpdateSearchSynonym")
            .WithSummary("Change an admin's rule (admins): the new line. 400 when the line is no rule, 409 when another rule is the same.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteSearchSynonym")
            .WithSummary("Delete an admin's rule (admins). Built-in rules are changed in the repository's file.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<SynonymListDto>> ListAsync(SynonymCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListAsync(ct));

    private static async Task<Results<Ok<AdminSynonymDto>, ProblemHttpResult>> GetAsync(int id, SynonymCatalog catalog, JsonStringLocalizer l,
        CancellationToken ct) =>
        await catalog.FindAsync(id, ct) is { } found ? TypedResults.Ok(found) : NotFound(l);

    private static async Task<Results<Created<AdminSynonymDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(SynonymLineRequest request,
        SynonymEditing editing, SynonymCatalog catalog, JsonStringLocalizer l, CancellationToken ct)
    {
        var change = await editing.CreateAsync(request.Line, ct);
        if (change.Outcome == SynonymOutcome.Invalid) return Invalid(change);
        if (change.Outcome != SynonymOutcome.Saved) return Problem(change);
        return TypedResults.Created($"/api/v1/search/synonyms/{change.Id}", await catalog.FindAsync(change.Id!.Value, ct));
    }

    private static async Task<Results<Ok<AdminSynonymDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(int id, SynonymLineRequest request,
        SynonymEditing editing, SynonymCatalog catalog, CancellationToken ct)
    {
        var change = await editing.UpdateAsync(id, request.Line, ct);
        if (change.Outcome == SynonymOutcome.Invalid) return Invalid(change);
        if (change.Outcome != SynonymOutcome.Saved) return Problem(change);
        return TypedResults.Ok(await catalog.FindAsync(id, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, SynonymEditing editing, CancellationToken ct)
    {
        var change = await editing.DeleteAsync(id, ct);
        return change.Outcome == SynonymOutcome.Saved ? TypedResults.NoContent() : Problem(change);
    }

    private static ValidationProblem Invalid(SynonymChange change) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["line"] = [change.Message!] });

    private static ProblemHttpResult Problem(SynonymChange change) => TypedResults.Problem(
        statusCode: change.Outcome == SynonymOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
        detail: change.Message);

    private static ProblemHttpResult NotFound(JsonStringLocalizer l) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: l["Search.Synonyms.NotFound"]);
}
