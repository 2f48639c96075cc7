using LearningCity.Common.Validation;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>The fields of a funding source, shared by the form and the API. Dates are ISO (yyyy-MM-dd, Gregorian).</summary>
public class FundingInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.FunderTh")]
    public string? FunderTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.FunderEn")]
    public string? FunderEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.ProgrammeTh")]
    public string? ProgrammeTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.ProgrammeEn")]
    public string? ProgrammeEn { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.DescriptionTh")]
    public string? DescriptionTh { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Funding.Field.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Range(typeof(decimal), "0", "100000000000", ErrorMessage = "Validation.Range"), Display(Name = "Funding.Field.AmountMin")]
    public decimal? AmountMinBaht { get; set; }

    [Range(typeof(decimal), "0", "100000000000", ErrorMessage = "Validation.Range"), Display(Name = "Funding.Field.AmountMax")]
    public decimal? AmountMaxBaht { get; set; }

    [IsoDate, Display(Name = "Funding.Field.OpensOn")]
    public string? OpensOn { get; set; }

    [IsoDate, Display(Name = "Funding.Field.ClosesOn")]
    public string? ClosesOn { get; set; }

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Funding.Field.Link")]
    public string? LinkUrl { get; set; }

    [Display(Name = "Funding.Field.City")]
    public int? CityId { get; set; }

    [Display(Name = "Funding.Field.Organisation")]
    public int? OrganisationId { get; set; }

    public void Normalize()
    {
        foreach (var p in typeof(FundingInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? FormatDate(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void ApplyTo(FundingSource f, EligibleApplicant applicants, List<int> localGovernmentTypes)
    {
        f.Funder = new BilingualText(FunderTh ?? "", FunderEn);
        f.Programme = new BilingualText(ProgrammeTh ?? "", ProgrammeEn);
        f.Description = new BilingualText(DescriptionTh ?? "", DescriptionEn);
        f.AmountMinBaht = AmountMinBaht;
        f.AmountMaxBaht = AmountMaxBaht;
        f.OpensOn = ParseDate(OpensOn);
        f.ClosesOn = ParseDate(ClosesOn);
        f.LinkUrl = LinkUrl;
        f.CityId = CityId;
        f.OrganisationId = OrganisationId;
        f.EligibleApplicants = applicants;
        f.EligibleLocalGovernmentTypes = applicants.HasFlag(EligibleApplicant.LocalGovernments) ? localGovernmentTypes : [];
    }

    public static FundingInput From(FundingSource f) => new()
    {
        FunderTh = f.Funder.Th, FunderEn = f.Funder.En, ProgrammeTh = f.Programme.Th, ProgrammeEn = f.Programme.En,
        DescriptionTh = f.Description.Th.Length == 0 ? null : f.Description.Th, DescriptionEn = f.Description.En,
        AmountMinBaht = f.AmountMinBaht, AmountMaxBaht = f.AmountMaxBaht,
        OpensOn = FormatDate(f.OpensOn), ClosesOn = FormatDate(f.ClosesOn), LinkUrl = f.LinkUrl,
        CityId = f.CityId, OrganisationId = f.OrganisationId,
    };
}

public sealed class IsoDateAttribute() : LocalizedCheckAttribute("Funding.Validation.Date")
{
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 } || value is string s && FundingInput.ParseDate(s) is not null;
}

/// <summary>The API body of POST and PUT.</summary>
public sealed class FundingApiInput : FundingInput
{
    /// <summary>Names such as "LocalGovernments", "Schools", "Ngos", "CommunityGroups", "Individuals".</summary>
    public List<string>? EligibleApplicants { get; set; }
    /// <summary>Local government type names (e.g. "SubdistrictMunicipality"); empty means all.</summary>
    public List<string>? EligibleLocalGovernmentTypes { get; set; }

    [Display(Name = "Funding.Field.Version")]
    public uint? Version { get; set; }
}
