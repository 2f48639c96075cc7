using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Identity.Data;

namespace LearningCity.Modules.Identity.Organisations;

/// <summary>The editable fields of a partner organisation: the form of the pages and the body of the API.</summary>
public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Organisations.Field.NameTh")]
    public string? NameTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Organisations.Field.NameEn")]
    public string? NameEn { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Organisations.Field.Website")]
    public string? Website { get; set; }

    /// <summary>The version the edit was made on (from the edit page or a GET); needed to update, ignored on create.</summary>
    [Display(Name = "Organisations.Field.Version")]
    public uint? Version { get; set; }

    /// <summary>Trims text and turns blanks into "not given" (JSON bodies keep empty strings; forms do not).</summary>
    public void Normalize()
    {
        NameTh = Clean(NameTh);
        NameEn = Clean(NameEn);
        Website = Clean(Website);
    }

    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = new BilingualText(NameTh ?? "", NameEn);
        organisation.Website = Website;
    }

    public static OrganisationInput From(Organisation o) => new() { NameTh = o.Name.Th, NameEn = o.Name.En, Website = o.Website, Version = o.Version };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the audit log keeps of an organisation before and after a change.</summary>
internal sealed record OrganisationSnapshot(string NameTh, string? NameEn, string? Website)
{
    public static OrganisationSnapshot Of(Organisation o) => new(o.Name.Th, o.Name.En, o.Website);
}
