using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>One opening interval as the API takes it: "Monday", "09:00", "16:30".</summary>
public sealed record OpeningHoursInput(string? Day, string? Opens, string? Closes);

/// <summary>The checks of a space that need the database or span several fields.</summary>
public sealed class SpaceRules(AppDbContext db, JsonStringLocalizer l, PublisherAccess publishers)
{
    public async Task<string?> ProvinceErrorAsync(string? code, CancellationToken ct) =>
        code is null || await db.Provinces.AnyAsync(p => p.Code == code, ct) ? null : l["Spaces.Validation.Province", code].Value;

    public string? PublisherError(SpaceInput input) =>
        input.CityId is null == input.OrganisationId is null ? l["Spaces.Validation.Publisher"].Value : null;

    public Task<bool> MayPublishAsAsync(ClaimsPrincipal user, SpaceInput input, CancellationToken ct) =>
        publishers.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct);

    /// <summary>Field errors of an API body, keyed by JSON names; empty when valid.</summary>
    public async Task<(Dictionary<string, string[]> Errors, List<OpeningInterval> Hours)> ValidateAsync(SpaceApiInput input, CancellationToken ct)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        if (!errors.ContainsKey("provinceCode") && await ProvinceErrorAsync(input.ProvinceCode, ct) is { } province)
            errors["provinceCode"] = [province];
        if (PublisherError(input) is { } publisher) errors["cityId"] = [publisher];
        var (hours, hoursError) = ParseHours(input.OpeningHours ?? []);
        if (hoursError is not null) errors["openingHours"] = [hoursError];
        return (errors, hours);
    }

    public (List<OpeningInterval> Hours, string? Error) ParseHours(IEnumerable<OpeningHoursInput> items)
    {
        var hours = new List<OpeningInterval>();
        foreach (var item in items)
        {
            if (!Enum.TryParse<DayOfWeek>(item.Day?.Trim(), true, out var day) || !Enum.IsDefined(day) || char.IsAsciiDigit(item.Day!.Trim()[0]))
                return ([], l["Spaces.Validation.Day", item.Day ?? ""].Value);
            if (ParseTime(item.Opens) is not { } opens || ParseTime(item.Closes) is not { } closes)
                return ([], l["Spaces.Validation.Time"].Value);
            if (IntervalError(opens, closes) is { } error) return ([], error);
            hours.Add(new OpeningInterval(day, opens, closes));
        }
        return hours.Count > 21 ? ([], l["Spaces.Validation.TooManyIntervals"].Value) : (hours, null);
    }

    public string? IntervalError(TimeOnly opens, TimeOnly closes) => opens < closes ? null : l["Spaces.Validation.Hours"].Value;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>Names like "StepFreeAccess"; unknown ones are an error.</summary>
    public (AccessibilityFeature Features, string? Error) ParseAccessibility(IEnumerable<string> names)
    {
        var features = AccessibilityFeature.None;
        foreach (var name in names)
        {
            if (SpaceFilter.ParseFeature(name) is not { } f) return (features, l["Spaces.Validation.Accessibility", name].Value);
            features |= f;
        }
        return (features, null);
    }
}
