using LearningCity.Common.Validation;
using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>The editable fields of a city profile: the form of the pages, the body of the API and one CSV row.</summary>
public class CityInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.NameTh")]
    public string? NameTh { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.NameEn")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), KnownLocalGovernmentType, Display(Name = "Cities.Field.Type")]
    public string? LocalGovernmentType { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(6, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.Province")]
    public string? ProvinceCode { get; set; }

    [Range(0, 20_000_000, ErrorMessage = "Validation.Range"), Display(Name = "Cities.Field.Population")]
    public int? Population { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Validation.Range"), Display(Name = "Cities.Field.Area")]
    public decimal? AreaKm2 { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.LeaderName")]
    public string? LeaderName { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.LeaderTitle")]
    public string? LeaderTitle { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.CoordinatorName")]
    public string? CoordinatorName { get; set; }

    [MaxLength(320, ErrorMessage = "Validation.MaxLength"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Cities.Field.CoordinatorEmail")]
    public string? CoordinatorEmail { get; set; }

    [MaxLength(50, ErrorMessage = "Validation.MaxLength"), Phone(ErrorMessage = "Validation.Phone"), Display(Name = "Cities.Field.CoordinatorPhone")]
    public string? CoordinatorPhone { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Cities.Field.Website")]
    public string? Website { get; set; }

    [CityYear, Display(Name = "Cities.Field.JoinedNetworkYear")]
    public int? JoinedNetworkYear { get; set; }

    [CityYear, Display(Name = "Cities.Field.UnescoSince")]
    public int? UnescoGnlcMemberSince { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.VisionTh")]
    public string? VisionTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.VisionEn")]
    public string? VisionEn { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.BackgroundTh")]
    public string? BackgroundTh { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.BackgroundEn")]
    public string? BackgroundEn { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.ChallengesTh")]
    public string? ChallengesTh { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.ChallengesEn")]
    public string? ChallengesEn { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.OpportunitiesTh")]
    public string? OpportunitiesTh { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Cities.Field.OpportunitiesEn")]
    public string? OpportunitiesEn { get; set; }

    /// <summary>Trims text and turns blanks into "not given" (JSON bodies keep empty strings; forms do not).</summary>
    public virtual void Normalize()
    {
        foreach (var p in typeof(CityInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        ProvinceCode = ProvinceCode?.ToUpperInvariant();
    }

    /// <summary>Copies a valid input onto the city (years to Gregorian). Status is never part of the input.</summary>
    public void ApplyTo(City city)
    {
        city.Name = new BilingualText(NameTh ?? "", NameEn);
        city.LocalGovernmentType = CityTypes.Parse(LocalGovernmentType) ?? city.LocalGovernmentType;
        city.ProvinceCode = ProvinceCode ?? city.ProvinceCode;
        city.Population = Population;
        city.AreaKm2 = AreaKm2;
        city.LeaderName = LeaderName;
        city.LeaderTitle = LeaderTitle;
        city.CoordinatorName = CoordinatorName;
        city.CoordinatorEmail = CoordinatorEmail;
        city.CoordinatorPhone = CoordinatorPhone;
        city.Website = Website;
        city.JoinedNetworkYear = JoinedNetworkYear is { } joined ? CityYears.ToGregorian(joined) : null;
        city.UnescoGnlcMemberSince = UnescoGnlcMemberSince is { } since ? CityYears.ToGregorian(since) : null;
        city.Vision = new BilingualText(VisionTh ?? "", VisionEn);
        city.Background = new BilingualText(BackgroundTh ?? "", BackgroundEn);
        city.Challenges = new BilingualText(ChallengesTh ?? "", ChallengesEn);
        city.Opportunities = new BilingualText(OpportunitiesTh ?? "", OpportunitiesEn);
    }

    /// <summary>The city's current values; years in the Buddhist Era when the form is shown in Thai.</summary>
    public static CityInput From(City c, bool buddhistEra) => new()
    {
        NameTh = c.Name.Th, NameEn = c.Name.En,
        LocalGovernmentType = c.LocalGovernmentType.ToString(), ProvinceCode = c.ProvinceCode,
        Population = c.Population, AreaKm2 = c.AreaKm2,
        LeaderName = c.LeaderName, LeaderTitle = c.LeaderTitle,
        CoordinatorName = c.CoordinatorName, CoordinatorEmail = c.CoordinatorEmail, CoordinatorPhone = c.CoordinatorPhone,
        Website = c.Website,
        JoinedNetworkYear = Era(c.JoinedNetworkYear, buddhistEra), UnescoGnlcMemberSince = Era(c.UnescoGnlcMemberSince, buddhistEra),
        VisionTh = Blank(c.Vision.Th), VisionEn = c.Vision.En,
        BackgroundTh = Blank(c.Background.Th), BackgroundEn = c.Background.En,
        ChallengesTh = Blank(c.Challenges.Th), ChallengesEn = c.Challenges.En,
        OpportunitiesTh = Blank(c.Opportunities.Th), OpportunitiesEn = c.Opportunities.En,
    };

    private static int? Era(int? year, bool buddhistEra) => year is { } y && buddhistEra ? y + CityYears.BuddhistEraOffset : year;

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
