using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Audit.Entries;

internal static class AuditApi
{
    public static void MapAuditApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Administration").RequireAuthorization(Policies.Admin);
        group.MapGet("/", List).WithName("ListAuditEntries");
    }

    private static async Task<Results<Ok<Paged<AuditEntryDto>>, ValidationProblem>> List(
        [AsParameters] AuditQuery query, AuditSearch search, JsonStringLocalizer l, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(query, l);
        if (query.HasDateRangeError()) errors["to"] = [l["Audit.DateRange"]];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var entries = await search.SearchAsync(query, ct);
        var actors = await search.ActorNamesAsync(entries.Items, ct);
        return TypedResults.Ok(entries.Map(e => AuditSearch.ToDto(e, actors[e.Id])));
    }
}
