using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The body of POST and PUT: the fields, the publisher (a city or an organisation) and, for PUT, the version read.</summary>
public sealed class ResourceApiInput : ResourceInput
{
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }

    [Display(Name = "Resources.Field.Version")]
    public uint? Version { get; set; }
}

public sealed class VersionInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Resources.Field.Version")]
    public uint? Version { get; set; }
}

internal static class ResourcesApi
{
    public static void MapResourcesApi(this WebApplication app)
    {
        app.MapGet("/api/v1/topics", TopicsAsync).WithTags("Resources").WithName("ListTopics").WithSummary("The topic taxonomy.");
        var group = app.MapGroup("/api/v1/resources").WithTags("Resources");
        group.MapGet("/", ListAsync).WithName("ListResources")
            .WithSummary("Published learning resources, newest first. Filters: type, topic (slug), audience, language, city, organisation.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetResource")
            .WithSummary("A published resource, or a draft the caller may edit.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateResource").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Create a draft for a city or organisation you publish for.")
            .Produces<ResourceDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateResource").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Change a resource. Send the version you read; 409 if it changed.")
            .Produces<ResourceDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/publish", PublishAsync).WithName("PublishResource").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Publish a resource (body: the version you read).").Produces<ResourceDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/unpublish", UnpublishAsync).WithName("UnpublishResource").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Take a published resource off the public list (body: the version you read).").Produces<ResourceDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<List<TopicDto>>> TopicsAsync(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new TopicDto(t.Slug, new TextDto(t.Name.Th, t.Name.En))).ToListAsync(ct));

    private static async Task<Ok<Paged<ResourceDto>>> ListAsync(string? type, string? topic, string? audience, string? language, int? city,
        int? organisation, int? page, int? pageSize, AppDbContext db, ResourceNames names, CancellationToken ct)
    {
        var query = await ResourceQuery.PublishedAsync(db, new ResourceFilter(type, topic, audience, language, city, organisation), ct);
        var paged = await query.ToPagedAsync(PageRequest.From(page, pageSize), ct);
        await names.LoadAsync(paged.Items, ct);
        return TypedResults.Ok(paged.Map(r => ResourceDto.Of(r, names)));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ResourceEditing editing, PublisherAccess access,
        ResourceNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        var resource = await editing.FindAsync(id, ct);
        if (resource is null || !await access.CanViewAsync(user, resource, ct)) return NotFound(l);
        return TypedResults.Ok(ResourceDto.Of(resource, await names.LoadAsync([resource], ct)));
    }

    private static async Task<IResult> CreateAsync(ResourceApiInput input, HttpContext http, ClaimsPrincipal user, ResourceEditing editing,
        PublisherAccess access, ResourceNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        if (input.CityId is null == input.OrganisationId is null)
            return RequestValidation.Problem(nameof(input.CityId), l["Resources.Error.OnePublisher"]);
        if (!await access.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct)) return Forbidden(l);
        var save = await editing.CreateAsync(input, input.CityId, input.OrganisationId, null, null, user, ct);
        if (save.Errors is not null) return TypedResults.ValidationProblem(save.Errors);
        return TypedResults.Created($"/api/v1/resources/{save.Resource!.Id}", ResourceDto.Of(save.Resource, await names.LoadAsync([save.Resource], ct)));
    }

    private static async Task<IResult> UpdateAsync(int id, ResourceApiInput input, HttpContext http, ClaimsPrincipal user, ResourceEditing editing,
        PublisherAccess access, ResourceNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        var resource = await editing.FindAsync(id, ct);
        if (resource is null || !await access.CanViewAsync(user, resource, ct)) return NotFound(l);
        if (!await access.CanEditAsync(user, resource, ct)) return Forbidden(l);
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        if (input.Version is not { } version)
            return RequestValidation.Problem(nameof(input.Version), l["Validation.Required", l["Resources.Field.Version"]]);
        (int?, int?)? publisher = null;
        if (input.CityId is not null || input.OrganisationId is not null)
        {
            if (input.CityId is not null && input.OrganisationId is not null)
                return RequestValidation.Problem(nameof(input.CityId), l["Resources.Error.OnePublisher"]);
            if (!await access.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct)) return Forbidden(l);
            publisher = (input.CityId, input.OrganisationId);
        }
        var save = await editing.UpdateAsync(resource, input, version, publisher, null, null, ct);
        return await AnswerAsync(save, names, l, ct);
    }

    private static Task<IResult> PublishAsync(int id, VersionInput input, HttpContext http, ClaimsPrincipal user, ResourceEditing editing,
        PublisherAccess access, ResourceNames names, JsonStringLocalizer l, CancellationToken ct) =>
        ChangeStatusAsync(id, input, http, user, editing, access, names, l, publish: true, ct);

    private static Task<IResult> UnpublishAsync(int id, VersionInput input, HttpContext http, ClaimsPrincipal user, ResourceEditing editing,
        PublisherAccess access, ResourceNames names, JsonStringLocalizer l, CancellationToken ct) =>
        ChangeStatusAsync(id, input, http, user, editing, access, names, l, publish: false, ct);

    private static async Task<IResult> ChangeStatusAsync(int id, VersionInput input, HttpContext http, ClaimsPrincipal user, ResourceEditing editing,
        PublisherAccess access, ResourceNames names, JsonStringLocalizer l, bool publish, CancellationToken ct)
    {
        var resource = await editing.FindAsync(id, ct);
        if (resource is null || !await access.CanViewAsync(user, resource, ct)) return NotFound(l);
        if (!await access.CanEditAsync(user, resource, ct)) return Forbidden(l);
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        if (publish && resource.Status == PublicationStatus.Removed && !ResourceEditing.MayPublish(resource, user))
            return TypedResults.Problem(statusCode: 403, detail: l["Resources.Error.RemovedAdminOnly"]);
        if (publish ? resource.Status == PublicationStatus.Published : resource.Status != PublicationStatus.Published)
            return TypedResults.Problem(statusCode: 409, detail: l[publish ? "Resources.Error.AlreadyPublished" : "Resources.Error.NotPublished"]);
        var save = publish
            ? await editing.PublishAsync(resource, input.Version!.Value, ct)
            : await editing.UnpublishAsync(resource, input.Version!.Value, ct);
        return await AnswerAsync(save, names, l, ct);
    }

    private static async Task<IResult> AnswerAsync(ResourceSave save, ResourceNames names, JsonStringLocalizer l, CancellationToken ct)
    {
        if (save.Errors is not null) return TypedResults.ValidationProblem(save.Errors);
        if (save.ConflictVersion is { } current)
            return TypedResults.Problem(statusCode: 409, detail: l["Resources.Edit.Conflict"],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = current });
        return TypedResults.Ok(ResourceDto.Of(save.Resource!, await names.LoadAsync([save.Resource!], ct)));
    }

    private static IResult NotFound(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 404, detail: l["Resources.Error.NotFound"]);

    private static IResult Forbidden(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l["Resources.Error.NotPublisher"]);
}
