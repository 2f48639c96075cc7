using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>The checks of a city input that need the database, after its field checks.</summary>
public sealed class CityRules(AppDbContext db, JsonStringLocalizer l)
{
    /// <summary>All field errors keyed by the input's JSON names (nameTh, provinceCode ...); empty when valid.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(CityInput input, CancellationToken ct)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        if (!errors.ContainsKey("provinceCode") && await ProvinceErrorAsync(input, ct) is { } error)
            errors["provinceCode"] = [error];
        return errors;
    }

    /// <summary>The message when the province code names no province; null when it does (or is missing).</summary>
    public async Task<string?> ProvinceErrorAsync(CityInput input, CancellationToken ct)
    {
        if (input.ProvinceCode is not { } code) return null;
        return await db.Provinces.AnyAsync(p => p.Code == code, ct) ? null : l["Cities.Validation.Province", code].Value;
    }
}
