using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Geography;

public sealed record RegionDto(string Code, string NameTh, string NameEn, string Name);
public sealed record ProvinceDto(string Code, string NameTh, string NameEn, string Name, string RegionCode);
public sealed record LocalGovernmentTypeDto(string Code, int Value, string Name);

internal static class GeographyApi
{
    public static void MapGeographyApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Geography");
        group.MapGet("/regions", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct))
                .Select(r => new RegionDto(r.Code, r.Name.Th, r.Name.En ?? r.Name.Th, r.Name.Current)).ToList()));
        group.MapGet("/provinces", async (string? region, AppDbContext db, CancellationToken ct) =>
        {
            var query = db.Provinces.AsNoTracking();
            if (!string.IsNullOrEmpty(region)) query = query.Where(p => p.RegionCode == region);
            var list = await query.OrderBy(p => p.Code).ToListAsync(ct);
            return TypedResults.Ok(list.Select(p => new ProvinceDto(p.Code, p.Name.Th, p.Name.En ?? p.Name.Th, p.Name.Current, p.RegionCode)).ToList());
        });
        group.MapGet("/local-government-types", (JsonStringLocalizer l) =>
            TypedResults.Ok(Enum.GetValues<LocalGovernmentType>()
                .Select(t => new LocalGovernmentTypeDto(t.ToString(), (int)t, l[$"LocalGovernmentType.{t}"])).ToList()));
    }
}
