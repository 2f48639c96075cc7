using System.Collections.Concurrent;
using System.Globalization;

namespace LearningCity.Common.Localization;

/// <summary>
/// th-TH's own calendar is the Buddhist one: under it "2027-12-31" parses as 1484 CE and a DateOnly formats as 2570.
/// Every request therefore formats and parses with its culture on the Gregorian calendar (Thai names and numbers
/// stay), so model binding, input values and any machine text stay Gregorian; what a person reads in the Buddhist
/// Era comes from <see cref="DateDisplay"/>, which adds the era itself.
/// </summary>
public sealed class GregorianFormatting(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cache = new(StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        CultureInfo.CurrentCulture = Of(CultureInfo.CurrentCulture);
        return next(context);
    }

    /// <summary>The same culture with the Gregorian calendar (the culture itself when it already uses it).</summary>
    public static CultureInfo Of(CultureInfo culture) =>
        culture.DateTimeFormat.Calendar is GregorianCalendar ? culture : Cache.GetOrAdd(culture.Name, _ =>
        {
            var clone = (CultureInfo)culture.Clone();
            clone.DateTimeFormat.Calendar = new GregorianCalendar();
            return CultureInfo.ReadOnly(clone);
        });
}
