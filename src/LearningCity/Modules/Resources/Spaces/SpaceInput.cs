using LearningCity.Common.Validation;
using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>The fields of a learning space that the form and the API share.</summary>
public class SpaceInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.NameTh")]
    public string? NameTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.NameEn")]
    public string? NameEn { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.DescriptionTh")]
    public string? DescriptionTh { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), KnownSpaceType, Display(Name = "Spaces.Field.Type")]
    public string? Type { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.AddressTh")]
    public string? AddressTh { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.AddressEn")]
    public string? AddressEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(6, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.Province")]
    public string? ProvinceCode { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.District")]
    public string? District { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(5.6, 20.5, ErrorMessage = "Spaces.Validation.Latitude"), Display(Name = "Spaces.Field.Latitude")]
    public double? Latitude { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(97.3, 105.7, ErrorMessage = "Spaces.Validation.Longitude"), Display(Name = "Spaces.Field.Longitude")]
    public double? Longitude { get; set; }

    [Display(Name = "Spaces.Field.IsFree")]
    public bool IsFree { get; set; } = true;

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Spaces.Field.FeeNote")]
    public string? FeeNote { get; set; }

    [MaxLength(50, ErrorMessage = "Validation.MaxLength"), Phone(ErrorMessage = "Validation.Phone"), Display(Name = "Spaces.Field.Phone")]
    public string? ContactPhone { get; set; }

    [MaxLength(320, ErrorMessage = "Validation.MaxLength"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Spaces.Field.Email")]
    public string? ContactEmail { get; set; }

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Spaces.Field.Website")]
    public string? Website { get; set; }

    /// <summary>The publisher: exactly one of a city and an organisation.</summary>
    [Display(Name = "Spaces.Field.City")]
    public int? CityId { get; set; }

    [Display(Name = "Spaces.Field.Organisation")]
    public int? OrganisationId { get; set; }

    public void Normalize()
    {
        foreach (var p in typeof(SpaceInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        ProvinceCode = ProvinceCode?.ToUpperInvariant();
    }

    public void ApplyTo(LearningSpace s, List<string> facilities, List<OpeningInterval> hours, AccessibilityFeature accessibility)
    {
        s.Name = new BilingualText(NameTh ?? "", NameEn);
        s.Description = new BilingualText(DescriptionTh ?? "", DescriptionEn);
        s.Type = SpaceFilter.ParseType(Type) ?? s.Type;
        s.Address = new BilingualText(AddressTh ?? "", AddressEn);
        s.ProvinceCode = ProvinceCode ?? s.ProvinceCode;
        s.District = District;
        s.Latitude = Latitude ?? s.Latitude;
        s.Longitude = Longitude ?? s.Longitude;
        s.IsFree = IsFree;
        s.FeeNote = FeeNote;
        s.ContactPhone = ContactPhone;
        s.ContactEmail = ContactEmail;
        s.Website = Website;
        s.CityId = CityId;
        s.OrganisationId = OrganisationId;
        s.Facilities = facilities;
        s.OpeningHours = hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();
        s.Accessibility = accessibility;
    }

    protected void CopyFrom(LearningSpace s)
    {
        NameTh = s.Name.Th; NameEn = s.Name.En;
        DescriptionTh = s.Description.Th.Length == 0 ? null : s.Description.Th; DescriptionEn = s.Description.En;
        Type = s.Type.ToString();
        AddressTh = s.Address.Th.Length == 0 ? null : s.Address.Th; AddressEn = s.Address.En;
        ProvinceCode = s.ProvinceCode; District = s.District;
        Latitude = s.Latitude; Longitude = s.Longitude;
        IsFree = s.IsFree; FeeNote = s.FeeNote;
        ContactPhone = s.ContactPhone; ContactEmail = s.ContactEmail; Website = s.Website;
        CityId = s.CityId; OrganisationId = s.OrganisationId;
    }

    public static SpaceInput From(LearningSpace s)
    {
        var input = new SpaceInput();
        input.CopyFrom(s);
        return input;
    }

    /// <summary>Facilities typed as "Wi-Fi, meeting room; 3D printer": trimmed, de-duplicated, at most 30 of 100 characters.</summary>
    public static List<string> ParseFacilities(IEnumerable<string>? items) =>
        (items ?? []).SelectMany(i => i.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(f => f.Length > 100 ? f[..100] : f).Distinct(StringComparer.OrdinalIgnoreCase).Take(30).ToList();
}

public sealed class KnownSpaceTypeAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 } || value is string s && SpaceFilter.ParseType(s) is not null;
}
