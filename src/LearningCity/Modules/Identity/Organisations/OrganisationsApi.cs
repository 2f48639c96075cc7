using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Identity.Organisations;

internal static class OrganisationsApi
{
    public static void AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<OrganisationCatalog>();
        services.AddScoped<OrganisationEditing>();
    }

    public static void MapOrganisationsApi(this WebApplication app)
    {
        var admin = app.MapGroup("/api/v1/admin/organisations").WithTags("Administration").RequireAuthorization(Policies.Admin);
        admin.MapGet("/", List).WithName("ListOrganisations").WithSummary("Partner organisations with their member counts, searched by name.");
        admin.MapGet("/{id:int}", Get).WithName("GetOrganisation").WithSummary("One organisation with its members.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/", Create).WithName("CreateOrganisation").Produces<OrganisationDetailDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{id:int}", Update).WithName("UpdateOrganisation").Produces<OrganisationDetailDto>()
            .WithSummary("Changes an organisation. Send the version a GET gave: an edit made on an older version is refused (409, with currentVersion).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/v1/organisations", async (OrganisationCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.AllAsync(ct)))
            .WithTags("Organisations").WithName("PublicOrganisations").AllowAnonymous()
            .WithSummary("The partner organisations that publish learning resources, spaces and funding sources.");
    }

    private static async Task<Ok<Paged<OrganisationSummaryDto>>> List(string? q, int? page, int? pageSize, OrganisationCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.SearchAsync(q, PageRequest.From(page, pageSize), ct));

    private static async Task<Results<Ok<OrganisationDetailDto>, ProblemHttpResult>> Get(int id, OrganisationCatalog catalog, JsonStringLocalizer l, CancellationToken ct) =>
        await catalog.FindAsync(id, ct) is { } organisation
            ? TypedResults.Ok(organisation)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: l["Organisations.NotFound"]);

    private static async Task<IResult> Create(OrganisationInput input, HttpContext http, OrganisationEditing editing, OrganisationCatalog catalog, CancellationToken ct)
    {
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var change = await editing.CreateAsync(input, ct);
        if (change.Outcome != OrganisationOutcome.Saved) return Refusal(change);
        return TypedResults.Created($"/api/v1/admin/organisations/{change.Id}", await catalog.FindAsync(change.Id!.Value, ct));
    }

    private static async Task<IResult> Update(int id, OrganisationInput input, HttpContext http, OrganisationEditing editing, OrganisationCatalog catalog,
        JsonStringLocalizer l, CancellationToken ct)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        if (input.Version is null) errors["version"] = [l["Validation.Required", l["Organisations.Field.Version"].Value].Value];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var change = await editing.UpdateAsync(id, input, ct);
        if (change.Outcome != OrganisationOutcome.Saved) return Refusal(change);
        return TypedResults.Ok(await catalog.FindAsync(id, ct));
    }

    private static ProblemHttpResult Refusal(OrganisationChange change) => TypedResults.Problem(
        statusCode: change.Outcome == OrganisationOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
        detail: change.Message,
        extensions: change.CurrentVersion is { } current ? new Dictionary<string, object?> { ["currentVersion"] = current } : null);
}
