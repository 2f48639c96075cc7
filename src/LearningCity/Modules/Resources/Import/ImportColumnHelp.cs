namespace LearningCity.Modules.Resources.Import;

/// <summary>What each column means on the import page: the label of the same field on the content type's form, and a format note.</summary>
public static class ImportColumnHelp
{
    public static string LabelKey(ImportKind kind, string column) => (kind, column) switch
    {
        (ImportKind.Resource, "link_url") => "Resources.Field.LinkUrl",
        (ImportKind.Resource, _) => "Resources.Field." + Pascal(column),
        (ImportKind.Space, "contact_phone") => "Spaces.Field.Phone",
        (ImportKind.Space, "contact_email") => "Spaces.Field.Email",
        (ImportKind.Space, "province_code") => "Spaces.Field.Province",
        (ImportKind.Space, "opening_hours") => "Spaces.Form.Hours",
        (ImportKind.Space, _) => "Spaces.Field." + Pascal(column),
        (_, "amount_min_baht") => "Funding.Field.AmountMin",
        (_, "amount_max_baht") => "Funding.Field.AmountMax",
        (_, "eligible") => "Funding.Field.Applicants",
        (_, "local_government_types") => "Funding.Field.LocalGovernmentTypes",
        (_, "link_url") => "Funding.Field.Link",
        _ => "Funding.Field." + Pascal(column),
    };

    public static string? NoteKey(string column) => column switch
    {
        "type" => "Import.Note.Choice",
        "topics" => "Import.Note.Topics",
        "audiences" or "accessibility" or "eligible" or "local_government_types" => "Import.Note.ChoiceList",
        "facilities" => "Import.Note.List",
        "language" => "Import.Note.Language",
        "licence" => "Import.Note.Licence",
        "published_on" or "opens_on" or "closes_on" => "Import.Note.Date",
        "province_code" => "Import.Note.Province",
        "latitude" or "longitude" => "Import.Note.Coordinate",
        "opening_hours" => "Import.Note.Hours",
        "is_free" => "Import.Note.Boolean",
        _ => null,
    };

    private static string Pascal(string column) =>
        string.Concat(column.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
