using Microsoft.Extensions.Localization;

namespace LearningCity.Modules.Assessment.Frameworks;

/// <summary>
/// An indicator's unit is written once, in Thai ("แห่ง", "คน"); the common units have their English word in the
/// strings ("Assessment.Unit.แห่ง"), so an English page says "places", "people". A unit without one shows as written.
/// </summary>
public static class IndicatorUnits
{
    public static string? Display(IStringLocalizer l, string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var text = l["Assessment.Unit." + unit.Trim()];
        return text.ResourceNotFound ? unit : text.Value;
    }
}
