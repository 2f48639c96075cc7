using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Catalogue;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Research.Api;

/// <summary>The body of POST and PUT; for PUT also the version read.</summary>
public sealed class ResearchApiInput : ResearchInput
{
    [Display(Name = "Research.Field.Version")]
    public uint? Version { get; set; }
}

public sealed class ResearchVersionInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Research.Field.Version")]
    public uint? Version { get; set; }
}

internal static class ResearchApi
{
    public static void MapResearchApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/research").WithTags("Research");
        group.MapGet("/", ListAsync).WithName("ListResearch")
            .WithSummary("Published research items, newest year first. Filters: type, year (Gregorian or Buddhist Era), city (id), q (words, found by the platform search in title, abstract, authors, keywords or indicator codes; best match first).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetResearch")
            .WithSummary("A published item, or a draft of the caller (admins see all).").ProducesProblem(StatusCodes.Status404NotFound);
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/", CreateAsync).WithName("CreateResearch")
            .WithSummary("Add a research item (researchers and admins); a draft unless ?publish=true.")
            .Produces<ResearchDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateResearch")
            .WithSummary("Change an item (its author or an admin). Send the version you read; 409 if it changed.")
            .Produces<ResearchDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/{id:int}/publish", PublishAsync).WithName("PublishResearch")
            .WithSummary("Publish an item (body: the version you read).").Produces<ResearchDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/{id:int}/unpublish", UnpublishAsync).WithName("UnpublishResearch")
            .WithSummary("Take a published item off the public list (body: the version you read).").Produces<ResearchDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteResearch")
            .WithSummary("Delete an item (?version= the version you read).").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapCitationExports();
    }

    private static async Task<Ok<Paged<ResearchDto>>> ListAsync(string? type, int? year, int? city, string? q, int? page, int? pageSize,
        AppDbContext db, ISearchService search, ResearchCityNames names, CancellationToken ct)
    {
        var paged = await ResearchQuery.PageAsync(db, search, new ResearchFilter(type, year, city, q), PageRequest.From(page, pageSize), ct);
        await names.LoadAsync(paged.Items, ct);
        return TypedResults.Ok(paged.Map(r => ResearchDto.Of(r, names)));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ResearchEditing editing, ResearchCityNames names,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(user, item)) return NotFound(l);
        return TypedResults.Ok(ResearchDto.Of(item, await names.LoadAsync([item], ct)));
    }

    private static async Task<IResult> CreateAsync(ResearchApiInput input, bool? publish, HttpContext http, ClaimsPrincipal user,
        ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!ResearchAccess.CanCreate(user)) return Forbidden(l);
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var save = await editing.CreateAsync(input, null, publish == true, user, ct);
        if (save.Errors is not null) return TypedResults.ValidationProblem(save.Errors);
        return TypedResults.Created($"/api/v1/research/{save.Item!.Id}", ResearchDto.Of(save.Item, await names.LoadAsync([save.Item], ct)));
    }

    private static async Task<IResult> UpdateAsync(int id, ResearchApiInput input, HttpContext http, ClaimsPrincipal user,
        ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(user, item)) return NotFound(l);
        if (!ResearchAccess.CanEdit(user, item)) return Forbidden(l);
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        if (input.Version is not { } version)
            return RequestValidation.Problem(nameof(input.Version), l["Validation.Required", l["Research.Field.Version"]]);
        return await AnswerAsync(await editing.UpdateAsync(item, input, version, null, ct), names, l, ct);
    }

    private static Task<IResult> PublishAsync(int id, ResearchVersionInput input, HttpContext http, ClaimsPrincipal user,
        ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct) =>
        ChangeStatusAsync(id, input, PublicationStatus.Published, http, user, editing, names, l, ct);

    private static Task<IResult> UnpublishAsync(int id, ResearchVersionInput input, HttpContext http, ClaimsPrincipal user,
        ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct) =>
        ChangeStatusAsync(id, input, PublicationStatus.Unpublished, http, user, editing, names, l, ct);

    private static async Task<IResult> ChangeStatusAsync(int id, ResearchVersionInput input, PublicationStatus status, HttpContext http,
        ClaimsPrincipal user, ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(user, item)) return NotFound(l);
        if (!ResearchAccess.CanEdit(user, item)) return Forbidden(l);
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var publish = status == PublicationStatus.Published;
        if (publish == (item.Status == PublicationStatus.Published))
            return TypedResults.Problem(statusCode: 409, detail: l[publish ? "Research.Error.AlreadyPublished" : "Research.Error.NotPublished"]);
        return await AnswerAsync(await editing.SetStatusAsync(item, status, input.Version!.Value, ct), names, l, ct);
    }

    private static async Task<IResult> DeleteAsync(int id, uint? version, ClaimsPrincipal user, ResearchEditing editing,
        ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(user, item)) return NotFound(l);
        if (!ResearchAccess.CanEdit(user, item)) return Forbidden(l);
        if (version is not { } read) return RequestValidation.Problem("version", l["Validation.Required", l["Research.Field.Version"]]);
        var save = await editing.DeleteAsync(item, read, ct);
        return save.ConflictVersion is not null ? await AnswerAsync(save, names, l, ct) : TypedResults.NoContent();
    }

    private static async Task<IResult> AnswerAsync(ResearchSave save, ResearchCityNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        if (save.Errors is not null) return TypedResults.ValidationProblem(save.Errors);
        if (save.ConflictVersion is { } current)
            return TypedResults.Problem(statusCode: 409, detail: l["Research.Error.Conflict"],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = current });
        return TypedResults.Ok(ResearchDto.Of(save.Item!, await names.LoadAsync([save.Item!], ct)));
    }

    internal static IResult NotFound(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 404, detail: l["Research.Error.NotFound"]);

    private static IResult Forbidden(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l["Research.Error.NotAuthor"]);
}
