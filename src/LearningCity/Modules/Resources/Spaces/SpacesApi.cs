using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

internal static class SpacesApi
{
    public static void MapSpacesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/spaces").WithTags("Spaces");
        group.MapGet("/", ListAsync).WithName("ListSpaces")
            .WithSummary("Published learning spaces, filtered by type, province, region, accessibility feature, free entry and open now (Thai time).");
        group.MapGet("/geojson", GeoJsonAsync).WithName("SpacesGeoJson")
            .WithSummary("The same spaces as a GeoJSON FeatureCollection (coordinates are [longitude, latitude]).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetSpace")
            .WithSummary("One space. Drafts and unpublished spaces are visible only to their publishers.");
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/", CreateAsync).WithName("CreateSpace").WithSummary("Creates a space as a draft (or published with publish=true).")
            .ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateSpace").WithSummary("Replaces a space's fields; version must be the one read.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/publish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, SpaceEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Published, user, db, access, editing, l, "Spaces", i => SpaceDto.Of(i, l, ThaiClock.Now(time)), ct)).WithName("PublishSpace")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/unpublish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, SpaceEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Unpublished, user, db, access, editing, l, "Spaces", i => SpaceDto.Of(i, l, ThaiClock.Now(time)), ct)).WithName("UnpublishSpace")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Ok<Paged<SpaceDto>>> ListAsync(string? type, string? province, string? region, string? accessibility,
        bool? free, bool? openNow, int? page, int? pageSize, AppDbContext db, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var filter = new SpaceFilter(type, province, region, accessibility, free == true, openNow == true);
        var paged = await SpaceQuery.PageAsync(db, filter, PageRequest.From(page, pageSize), time, ct);
        var now = ThaiClock.Now(time);
        return TypedResults.Ok(paged.Map(s => SpaceDto.Of(s, l, now)));
    }

    private static async Task<Ok<GeoJsonFeatureCollection>> GeoJsonAsync(string? type, string? province, string? region, string? accessibility,
        bool? free, bool? openNow, AppDbContext db, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var spaces = await SpaceQuery.AllAsync(db, new SpaceFilter(type, province, region, accessibility, free == true, openNow == true), time, ct);
        return TypedResults.Ok(GeoJsonFeatureCollection.Of(spaces, l, ThaiClock.Now(time)));
    }

    private static async Task<Results<Ok<SpaceDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var space = await db.LearningSpaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (space is null || !await access.CanViewAsync(user, space, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(SpaceDto.Of(space, l, ThaiClock.Now(time)));
    }

    private static async Task<IResult> CreateAsync(SpaceApiInput input, bool? publish, ClaimsPrincipal user, SpaceRules rules, SpaceEditing editing,
        JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var (errors, hours, facilities, features) = await ValidateAsync(input, rules, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Spaces.Error.NotPublisher"]);
        var space = await editing.CreateAsync(s => input.ApplyTo(s, facilities, hours, features), publish == true, user, ct);
        return TypedResults.Created($"/api/v1/spaces/{space.Id}", SpaceDto.Of(space, l, ThaiClock.Now(time)));
    }

    private static async Task<IResult> UpdateAsync(int id, SpaceApiInput input, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        SpaceRules rules, SpaceEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var space = await db.LearningSpaces.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (space is null || !await access.CanViewAsync(user, space, ct)) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, space, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Spaces.Error.NotPublisher"]);
        var (errors, hours, facilities, features) = await ValidateAsync(input, rules, ct);
        if (input.Version is null) errors["version"] = [l["Validation.Required", l["Spaces.Field.Version"]].Value];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Spaces.Error.NotPublisher"]);
        var outcome = await editing.UpdateAsync(space, input.Version!.Value, s => input.ApplyTo(s, facilities, hours, features), ct);
        if (outcome == SaveOutcome.Conflict) return await PublishedItemApi.ConflictAsync<LearningSpace>(db, id, l, "Spaces", ct);
        return TypedResults.Ok(SpaceDto.Of(space, l, ThaiClock.Now(time)));
    }

    private static async Task<(Dictionary<string, string[]>, List<OpeningInterval>, List<string>, AccessibilityFeature)> ValidateAsync(
        SpaceApiInput input, SpaceRules rules, CancellationToken ct)
    {
        var (errors, hours) = await rules.ValidateAsync(input, ct);
        var (features, featureError) = rules.ParseAccessibility(input.Accessibility ?? []);
        if (featureError is not null) errors["accessibility"] = [featureError];
        return (errors, hours, SpaceInput.ParseFacilities(input.Facilities), features);
    }
}
