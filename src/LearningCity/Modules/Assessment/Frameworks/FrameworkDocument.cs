using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Public;

namespace LearningCity.Modules.Assessment.Frameworks;

/// <summary>A framework as exchanged in JSON (export, import, API): the whole tree, with codes instead of database ids.</summary>
public sealed record FrameworkDocument(int? Id, int? VersionNumber, string NameTh, string? NameEn, string? Status, DateTime? PublishedAt, List<AreaDocument> Areas)
{
    public static FrameworkDocument Of(IndicatorFramework f) => new(f.Id, f.VersionNumber, f.Name.Th, f.Name.En, f.Status.ToString(), f.PublishedAt,
        f.Areas.Select(a => new AreaDocument(a.Code, a.Name.Th, a.Name.En, a.Weight,
            a.FocusAreas.Select(x => new FocusAreaDocument(x.Code, x.Name.Th, x.Name.En, x.Weight,
                x.Indicators.Select(IndicatorDocument.Of).ToList())).ToList())).ToList());

    /// <summary>Checks the document and builds a new draft from it; errors are string keys with the offending code.</summary>
    public (IndicatorFramework? Framework, List<string> Errors) ToDraft(int versionNumber, DateTime now)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(NameTh)) errors.Add("Assessment.Import.Name");
        if (Areas is not { Count: > 0 }) errors.Add("Assessment.Import.NoAreas");
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var framework = new IndicatorFramework { VersionNumber = versionNumber, Name = new BilingualText(NameTh?.Trim() ?? "", Clean(NameEn)), CreatedAt = now, Version = 1 };
        var order = 0;
        foreach (var a in Areas ?? [])
        {
            if (!CheckCode(a.Code, a.NameTh, codes, errors) || a.FocusAreas is not { Count: > 0 }) { if (a.FocusAreas is not { Count: > 0 }) errors.Add($"Assessment.Import.Empty|{a.Code}"); continue; }
            var area = new FrameworkArea { Code = a.Code.Trim(), Name = new BilingualText(a.NameTh.Trim(), Clean(a.NameEn)), Weight = Weight(a.Weight, a.Code, errors), SortOrder = order++ };
            foreach (var f in a.FocusAreas)
            {
                if (!CheckCode(f.Code, f.NameTh, codes, errors)) continue;
                var focus = new FocusArea { Code = f.Code.Trim(), Name = new BilingualText(f.NameTh.Trim(), Clean(f.NameEn)), Weight = Weight(f.Weight, f.Code, errors), SortOrder = area.FocusAreas.Count };
                foreach (var i in f.Indicators ?? [])
                {
                    if (!CheckCode(i.Code, i.NameTh, codes, errors)) continue;
                    var indicator = i.ToIndicator(focus.Indicators.Count + 1, errors);
                    if (indicator is not null) focus.Indicators.Add(indicator);
                }
                area.FocusAreas.Add(focus);
            }
            framework.Areas.Add(area);
        }
        if (errors.Count == 0 && !framework.Indicators.Any()) errors.Add("Assessment.Import.NoIndicators");
        return (errors.Count == 0 ? framework : null, errors);
    }

    private static bool CheckCode(string? code, string? nameTh, HashSet<string> codes, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > 20) { errors.Add("Assessment.Import.Code"); return false; }
        if (string.IsNullOrWhiteSpace(nameTh)) { errors.Add($"Assessment.Import.NameOf|{code}"); return false; }
        if (!codes.Add(code.Trim())) { errors.Add($"Assessment.Import.Duplicate|{code}"); return false; }
        return true;
    }

    internal static double Weight(double? weight, string code, List<string> errors)
    {
        if (weight is null) return 1;
        if (weight is < 0 or > 100 || double.IsNaN(weight.Value)) errors.Add($"Assessment.Import.Weight|{code}");
        return weight.Value;
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record AreaDocument(string Code, string NameTh, string? NameEn, double? Weight, List<FocusAreaDocument> FocusAreas);

public sealed record FocusAreaDocument(string Code, string NameTh, string? NameEn, double? Weight, List<IndicatorDocument> Indicators);

public sealed record IndicatorDocument(string Code, string NameTh, string? NameEn, string? GuidanceTh, string? GuidanceEn, string ValueType, string? Unit,
    string? Direction, decimal? Baseline, decimal? Target, double? Weight, bool? Required, bool? EvidenceRequired, string? PlatformSource)
{
    public static IndicatorDocument Of(Indicator i) => new(i.Code, i.Name.Th, i.Name.En, FrameworkDocument.Clean(i.Guidance.Th), i.Guidance.En, i.ValueType.ToString(), i.Unit,
        i.Direction.ToString(), i.Baseline, i.Target, i.Weight, i.Required, i.EvidenceRequired, i.PlatformSource);

    public Indicator? ToIndicator(int sortOrder, List<string> errors)
    {
        var before = errors.Count;
        if (!Enum.TryParse<IndicatorValueType>(ValueType, true, out var type) || !Enum.IsDefined(type)) errors.Add($"Assessment.Import.ValueType|{Code}");
        var direction = IndicatorDirection.HigherIsBetter;
        if (!string.IsNullOrWhiteSpace(Direction) && (!Enum.TryParse(Direction, true, out direction) || !Enum.IsDefined(direction)))
            errors.Add($"Assessment.Import.Direction|{Code}");
        if (PlatformSource is { Length: > 0 } source && !PlatformFigureKeys.All.Contains(source)) errors.Add($"Assessment.Import.Source|{Code}");
        if ((Baseline is null) != (Target is null) || (Baseline is { } b && Target is { } t && b == t)) errors.Add($"Assessment.Import.Targets|{Code}");
        if (type == IndicatorValueType.Percentage && (Baseline is < 0 or > 100 || Target is < 0 or > 100)) errors.Add($"Assessment.Import.Targets|{Code}");
        if (NameTh.Length > 500 || NameEn?.Length > 500 || GuidanceTh?.Length > 4000 || GuidanceEn?.Length > 4000 || Unit?.Length > 100)
            errors.Add($"Assessment.Import.TooLong|{Code}");
        var weight = FrameworkDocument.Weight(Weight, Code, errors);
        if (errors.Count > before) return null;
        return new Indicator
        {
            Code = Code.Trim(), Name = new BilingualText(NameTh.Trim(), FrameworkDocument.Clean(NameEn)), Guidance = new BilingualText(GuidanceTh?.Trim() ?? "", FrameworkDocument.Clean(GuidanceEn)),
            ValueType = type, Unit = FrameworkDocument.Clean(Unit), Direction = direction, Baseline = Baseline, Target = Target, Weight = weight,
            Required = Required ?? type != IndicatorValueType.Text, EvidenceRequired = EvidenceRequired ?? false,
            PlatformSource = FrameworkDocument.Clean(PlatformSource), SortOrder = sortOrder,
        };
    }
}
