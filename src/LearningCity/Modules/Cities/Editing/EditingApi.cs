using LearningCity.Common.Validation;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Profile;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>The body of PUT: the profile fields, the version they were read at, and (admins only) the status.</summary>
public sealed class CityUpdateInput : CityInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Cities.Field.Version")]
    public uint? Version { get; set; }

    /// <summary>"Pending", "Approved" or "Rejected"; left out, the status stays as it is.</summary>
    [KnownCityStatus, Display(Name = "Cities.Field.Status")]
    public string? Status { get; set; }

    public CityStatus? ParsedStatus() => KnownCityStatusAttribute.Parse(Status);
}

public sealed class KnownCityStatusAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null || value is string s && Parse(s) is not null;

    /// <summary>A status by name only: numbers are not accepted.</summary>
    public static CityStatus? Parse(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<CityStatus>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
}

internal static class EditingApi
{
    public static void MapEditingApi(this RouteGroupBuilder group)
    {
        group.MapPost("/", CreateAsync).WithName("ProposeCity").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Propose a city (an admin's is approved at once).")
            .Produces<CityDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateCity").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Update a city's profile (admins, and coordinators of that city). Send the version you read; 409 if it changed.")
            .Produces<CityDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateAsync(CityInput input, ClaimsPrincipal user, CityRules rules, CityCreation creation,
        AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        var errors = await rules.ValidateAsync(input, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var city = await creation.CreateAsync(input, null, user, ct);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == city.ProvinceCode, ct);
        return TypedResults.Created($"/api/v1/cities/{city.Id}", CityDto.Of(city, province, l));
    }

    private static async Task<IResult> UpdateAsync(int id, CityUpdateInput input, ClaimsPrincipal user, CityRules rules, CityAccess access,
        AppDbContext db, AuditLog audit, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var city = await db.Cities.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (city is null) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, id, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Cities.Error.NotEditor"]);
        var errors = await rules.ValidateAsync(input, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (input.ParsedStatus() is { } status && status != city.Status && !CityAccess.IsAdmin(user))
            return TypedResults.Problem(statusCode: 403, detail: l["Cities.Error.StatusAdminOnly"]);
        if (input.Version != city.Version) return Conflict(l, city.Version);

        var before = CitySnapshot.Of(city);
        input.ApplyTo(city);
        if (input.ParsedStatus() is { } newStatus) city.Status = newStatus;
        city.UpdatedAt = time.GetUtcNow().UtcDateTime;
        db.Entry(city).Property(c => c.Version).OriginalValue = input.Version.Value;
        city.Version = input.Version.Value + 1;
        audit.Record("city.update", "City", city.Id, before, CitySnapshot.Of(city));
        SearchChanges.Record(db, "city", city.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Cities.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
            return Conflict(l, current);
        }
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == city.ProvinceCode, ct);
        return TypedResults.Ok(CityDto.Of(city, province, l));
    }

    private static IResult Conflict(JsonStringLocalizer l, uint currentVersion) =>
        TypedResults.Problem(statusCode: 409, detail: l["Cities.Edit.Conflict"],
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });
}
