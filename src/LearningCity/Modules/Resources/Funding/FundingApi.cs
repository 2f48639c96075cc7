using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;

internal static class FundingApi
{
    public static void MapFundingApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/funding").WithTags("Funding");
        group.MapGet("/", ListAsync).WithName("ListFunding")
            .WithSummary("Published funding sources, open calls first then by closing date; filters: applicant, localGovernmentType, open=true, amount (baht).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetFunding")
            .WithSummary("One funding source. Drafts and unpublished ones are visible only to their publishers.");
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/", CreateAsync).WithName("CreateFunding").WithSummary("Creates a funding source as a draft (or published with publish=true).")
            .ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateFunding").WithSummary("Replaces a funding source's fields; version must be the one read.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/publish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, FundingEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Published, user, db, access, editing, l, "Funding", i => FundingDto.Of(i, ThaiClock.Today(time)), ct)).WithName("PublishFunding")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/unpublish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, FundingEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Unpublished, user, db, access, editing, l, "Funding", i => FundingDto.Of(i, ThaiClock.Today(time)), ct)).WithName("UnpublishFunding")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Ok<Paged<FundingDto>>> ListAsync(string? applicant, string? localGovernmentType, bool? open, decimal? amount,
        int? page, int? pageSize, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = ThaiClock.Today(time);
        var all = await FundingQuery.PublishedAsync(db, new FundingFilter(applicant, localGovernmentType, open == true, amount), today, ct);
        return TypedResults.Ok(FundingQuery.Page(all, PageRequest.From(page, pageSize)).Map(f => FundingDto.Of(f, today)));
    }

    private static async Task<Results<Ok<FundingDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        TimeProvider time, CancellationToken ct)
    {
        var item = await db.FundingSources.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null || !await access.CanViewAsync(user, item, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(FundingDto.Of(item, ThaiClock.Today(time)));
    }

    private static async Task<IResult> CreateAsync(FundingApiInput input, bool? publish, ClaimsPrincipal user, FundingRules rules, FundingEditing editing,
        JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var (errors, applicants, types) = rules.Validate(input);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Funding.Error.NotPublisher"]);
        var item = await editing.CreateAsync(f => input.ApplyTo(f, applicants, types), publish == true, user, ct);
        return TypedResults.Created($"/api/v1/funding/{item.Id}", FundingDto.Of(item, ThaiClock.Today(time)));
    }

    private static async Task<IResult> UpdateAsync(int id, FundingApiInput input, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        FundingRules rules, FundingEditing editing, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var item = await db.FundingSources.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null || !await access.CanViewAsync(user, item, ct)) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, item, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Funding.Error.NotPublisher"]);
        var (errors, applicants, types) = rules.Validate(input);
        if (input.Version is null) errors["version"] = [l["Validation.Required", l["Funding.Field.Version"]].Value];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Funding.Error.NotPublisher"]);
        var outcome = await editing.UpdateAsync(item, input.Version!.Value, f => input.ApplyTo(f, applicants, types), ct);
        if (outcome == SaveOutcome.Conflict) return await PublishedItemApi.ConflictAsync<FundingSource>(db, id, l, "Funding", ct);
        return TypedResults.Ok(FundingDto.Of(item, ThaiClock.Today(time)));
    }
}
