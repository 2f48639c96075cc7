namespace LearningCity.Modules.Resources.Import;

public enum ImportKind
{
    Resource,
    Space,
    Funding,
}

public static class ImportKinds
{
    public static readonly ImportKind[] All = [ImportKind.Resource, ImportKind.Space, ImportKind.Funding];

    /// <summary>"resource", "space", "funding" (the search types), also their plurals.</summary>
    public static ImportKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "resource" or "resources" => ImportKind.Resource,
        "space" or "spaces" => ImportKind.Space,
        "funding" or "fundings" => ImportKind.Funding,
        _ => null,
    };

    public static string Slug(this ImportKind kind) => kind switch
    {
        ImportKind.Resource => "resource",
        ImportKind.Space => "space",
        _ => "funding",
    };

    public static ImportColumns Columns(this ImportKind kind) => kind switch
    {
        ImportKind.Resource => ImportColumns.Resource,
        ImportKind.Space => ImportColumns.Space,
        _ => ImportColumns.Funding,
    };
}

/// <summary>The columns of an import file of one kind (any order, header row first) and the example row of its template.</summary>
public sealed record ImportColumns(IReadOnlyList<string> All, IReadOnlyList<string> Required, string Title, IReadOnlyList<string> Example)
{
    public static readonly ImportColumns Resource = new(
        ["title_th", "title_en", "summary_th", "summary_en", "body_th", "body_en", "type", "topics", "audiences", "language", "licence", "link_url", "published_on"],
        ["title_th", "type"], "title_th",
        ["คู่มือการเรียนรู้ตลอดชีวิตในชุมชน", "Community lifelong learning guide", "แนวทางจัดกิจกรรมการเรียนรู้สำหรับทุกวัย", "How to run learning activities for all ages",
         "", "", "Toolkit", "", "WorkingAge|OlderPersons", "th", "CC-BY-4.0", "https://example.org/guide", "2025-01-15"]);

    public static readonly ImportColumns Space = new(
        ["name_th", "name_en", "description_th", "description_en", "type", "address_th", "province_code", "district", "latitude", "longitude",
         "opening_hours", "facilities", "accessibility", "is_free", "fee_note", "contact_phone", "contact_email", "website"],
        ["name_th", "type", "province_code", "latitude", "longitude"], "name_th",
        ["ห้องสมุดประชาชนตัวอย่าง", "Example Public Library", "ห้องสมุดสำหรับทุกวัย", "A library for every age", "PublicLibrary",
         "1 ถนนตัวอย่าง ตำบลศรีภูมิ", "TH-50", "เมืองเชียงใหม่", "18.7883", "98.9853", "Mon-Fri 08:30-16:30; Sat 09:00-12:00",
         "Wi-Fi|ห้องประชุม", "StepFreeAccess|AccessibleToilet", "true", "", "053 000 000", "library@example.org", "https://example.org"]);

    public static readonly ImportColumns Funding = new(
        ["funder_th", "funder_en", "programme_th", "programme_en", "description_th", "description_en", "amount_min_baht", "amount_max_baht",
         "eligible", "local_government_types", "opens_on", "closes_on", "link_url"],
        ["funder_th", "programme_th"], "programme_th",
        ["กองทุนตัวอย่าง", "Example Fund", "ทุนสนับสนุนเมืองแห่งการเรียนรู้", "Learning city grants", "ทุนสำหรับโครงการเรียนรู้ชุมชน",
         "Grants for community learning projects", "50000", "300000", "LocalGovernments|CommunityGroups", "SubdistrictMunicipality|TownMunicipality",
         "2025-01-01", "2025-12-31", "https://example.org/grants"]);

    /// <summary>The column of an input field's error ("nameTh" → "name_th"), with the few names that differ.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "eligibleApplicants" => "eligible",
        "eligibleLocalGovernmentTypes" => "local_government_types",
        _ => string.Concat(field.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString())),
    };
}
