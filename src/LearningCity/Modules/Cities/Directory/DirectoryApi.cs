using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Profile;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Directory;

internal static class DirectoryApi
{
    public static void MapDirectoryApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListCities")
            .WithSummary("Approved learning cities in Thai name order, filtered by region, province, local government type and words (q: found by the platform search in the name, vision, profile or province, in Thai or English; best match first).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetCity")
            .WithSummary("One city. Pending and rejected cities are visible only to admins, their proposer and their coordinators.");
    }

    private static async Task<Ok<Paged<CityDto>>> ListAsync(
        string? region, string? province, string? type, string? q, int? page, int? pageSize,
        AppDbContext db, ISearchService search, JsonStringLocalizer l, CancellationToken ct)
    {
        var paged = await CityDirectoryQuery.PageAsync(db, search, new CityFilter(region, province, type, q), PageRequest.From(page, pageSize), ct);
        return TypedResults.Ok(paged.Map(x => CityDto.Of(x.City, x.Province, l)));
    }

    private static async Task<Results<Ok<CityDto>, NotFound>> GetAsync(
        int id, System.Security.Claims.ClaimsPrincipal user, AppDbContext db, CityAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (city is null || !await access.CanViewAsync(user, city, ct)) return TypedResults.NotFound();
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == city.ProvinceCode, ct);
        return TypedResults.Ok(CityDto.Of(city, province, l));
    }
}
