using System.Globalization;
using LearningCity.Common.Import;
using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.Frameworks;

/// <summary>A framework as a flat CSV, one row per indicator with its area and focus area repeated.</summary>
public static class FrameworkCsv
{
    public static readonly string[] Columns =
    [
        "area_code", "area_name_th", "area_name_en", "area_weight", "focus_area_code", "focus_area_name_th", "focus_area_name_en", "focus_area_weight",
        "indicator_code", "name_th", "name_en", "guidance_th", "guidance_en", "value_type", "unit", "direction", "baseline", "target", "weight",
        "required", "evidence_required", "platform_source",
    ];

    public static IEnumerable<string?[]> Rows(IndicatorFramework f) =>
        from a in f.Areas
        from x in a.FocusAreas
        from i in x.Indicators
        select new[]
        {
            a.Code, a.Name.Th, a.Name.En, N(a.Weight), x.Code, x.Name.Th, x.Name.En, N(x.Weight), i.Code, i.Name.Th, i.Name.En,
            i.Guidance.Th, i.Guidance.En, i.ValueType.ToString(), i.Unit, i.Direction.ToString(), D(i.Baseline), D(i.Target), N(i.Weight),
            i.Required ? "true" : "false", i.EvidenceRequired ? "true" : "false", i.PlatformSource,
        };

    /// <summary>Rebuilds the tree document from CSV rows (header names as in Columns); the name comes from the caller.</summary>
    public static (FrameworkDocument Document, List<string> Errors) Read(IEnumerable<TableRow> rows, string nameTh, string? nameEn)
    {
        var errors = new List<string>();
        var areas = new List<AreaDocument>();
        foreach (var row in rows)
        {
            string Get(string column) => row[column] ?? "";
            var area = areas.FirstOrDefault(a => a.Code == Get("area_code"));
            if (area is null) areas.Add(area = new AreaDocument(Get("area_code"), Get("area_name_th"), Get("area_name_en"), Number(Get("area_weight"), errors), []));
            var focus = area.FocusAreas.FirstOrDefault(x => x.Code == Get("focus_area_code"));
            if (focus is null) area.FocusAreas.Add(focus = new FocusAreaDocument(Get("focus_area_code"), Get("focus_area_name_th"), Get("focus_area_name_en"), Number(Get("focus_area_weight"), errors), []));
            focus.Indicators.Add(new IndicatorDocument(Get("indicator_code"), Get("name_th"), Get("name_en"), Get("guidance_th"), Get("guidance_en"), Get("value_type"),
                Get("unit"), Get("direction"), Decimal(Get("baseline"), errors), Decimal(Get("target"), errors), Number(Get("weight"), errors),
                Bool(Get("required")), Bool(Get("evidence_required")), Get("platform_source")));
        }
        return (new FrameworkDocument(null, null, nameTh, nameEn, null, null, areas), errors);
    }

    private static string N(double d) => d.ToString(CultureInfo.InvariantCulture);
    private static string? D(decimal? d) => d?.ToString("0.####", CultureInfo.InvariantCulture);
    private static bool? Bool(string s) => s.ToLowerInvariant() switch { "true" or "1" or "yes" => true, "false" or "0" or "no" => false, _ => null };

    private static double? Number(string s, List<string> errors)
    {
        if (s.Length == 0) return null;
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        errors.Add("Assessment.Import.NotNumber|" + s);
        return null;
    }

    private static decimal? Decimal(string s, List<string> errors)
    {
        if (s.Length == 0) return null;
        if (decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        errors.Add("Assessment.Import.NotNumber|" + s);
        return null;
    }
}
