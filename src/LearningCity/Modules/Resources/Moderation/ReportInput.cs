using System.ComponentModel.DataAnnotations;
using LearningCity.Modules.Resources.Library;

namespace LearningCity.Modules.Resources.Moderation;

/// <summary>The kinds of content that can be reported, and where each is shown.</summary>
public static class ContentTypes
{
    public const string Resource = "resource";
    public const string Space = "space";
    public const string Funding = "funding";

    public static readonly string[] All = [Resource, Space, Funding];

    public static string UrlOf(string type, int id) => type switch
    {
        Space => $"/spaces/{id}",
        Funding => $"/funding/{id}",
        _ => $"/resources/{id}",
    };
}

public static class ReportReasons
{
    public static readonly string[] All = ["incorrect", "outdated", "inappropriate", "broken-link", "other"];

    /// <summary>The string key of a reason's name: "broken-link" → Resources.Report.Reason.BrokenLink.</summary>
    public static string Key(string reason) =>
        "Resources.Report.Reason." + string.Concat(reason.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}

/// <summary>What is being reported on a page: the partial _ReportForm renders a form for it.</summary>
public sealed record ReportTarget(string ContentType, int ContentId);

public sealed class KnownContentTypeAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => Blank(value) || value is string s && ContentTypes.All.Contains(s);
}

public sealed class KnownReasonAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => Blank(value) || value is string s && ReportReasons.All.Contains(s);
}

/// <summary>A report: which item (contentType "resource", "space" or "funding"; contentId), why, and optional details.</summary>
public sealed class ReportInput
{
    [Required(ErrorMessage = "Validation.Required"), KnownContentType, Display(Name = "Resources.Report.ContentType")]
    public string? ContentType { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Resources.Report.ContentId")]
    public int? ContentId { get; set; }

    /// <summary>"incorrect", "outdated", "inappropriate", "broken-link" or "other".</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownReason, Display(Name = "Resources.Report.Reason")]
    public string? Reason { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Report.Details")]
    public string? Details { get; set; }

    public void Normalize()
    {
        ContentType = ContentType?.Trim().ToLowerInvariant();
        Reason = Reason?.Trim().ToLowerInvariant();
        Details = string.IsNullOrWhiteSpace(Details) ? null : Details.Trim();
    }
}

/// <summary>The body of dismiss and remove-content: a note on how the report was resolved.</summary>
public sealed class ResolutionInput
{
    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Report.Note")]
    public string? Note { get; set; }
}
