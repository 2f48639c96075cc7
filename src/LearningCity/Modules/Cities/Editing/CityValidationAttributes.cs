using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>A calendar year, Gregorian (1900–2100) or Buddhist Era (2443–2643); CityYears turns the latter into Gregorian.</summary>
public sealed class CityYearAttribute() : LocalizedCheckAttribute("Cities.Validation.Year")
{
    public override bool IsValid(object? value) => value is null || value is int y && CityYears.ToGregorian(y) is not null;
}

public sealed class KnownLocalGovernmentTypeAttribute() : LocalizedCheckAttribute("Cities.Validation.Type")
{
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 } || value is string s && CityTypes.Parse(s) is not null;
}

public static class CityYears
{
    public const int BuddhistEraOffset = 543;

    public static int? ToGregorian(int year) => year switch
    {
        >= 1900 and <= 2100 => year,
        >= 1900 + BuddhistEraOffset and <= 2100 + BuddhistEraOffset => year - BuddhistEraOffset,
        _ => null,
    };
}

public static class CityTypes
{
    /// <summary>An enum name ("CityMunicipality") or its number; undefined numbers are refused.</summary>
    public static LocalGovernmentType? Parse(string? value) =>
        Enum.TryParse<LocalGovernmentType>(value?.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null;
}
