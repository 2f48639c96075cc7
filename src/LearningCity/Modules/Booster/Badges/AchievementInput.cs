using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>The fields of an achievement that the form and the API share.</summary>
public class AchievementInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.NameTh")]
    public string? NameTh { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.NameEn")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.DescriptionTh")]
    public string? DescriptionTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.CriteriaTh")]
    public string? CriteriaTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.CriteriaEn")]
    public string? CriteriaEn { get; set; }

    [Range(1, 3650, ErrorMessage = "Validation.Range"), Display(Name = "Badges.Field.ValidForDays")]
    public int? ValidForDays { get; set; }

    [Display(Name = "Badges.Field.Skills")]
    public List<int>? SkillTopicIds { get; set; }

    /// <summary>The publisher: exactly one of a city and an organisation the user may act for.</summary>
    [Display(Name = "Badges.Field.Publisher")]
    public int? CityId { get; set; }

    [Display(Name = "Badges.Field.Publisher")]
    public int? OrganisationId { get; set; }

    public void ApplyTo(Achievement a)
    {
        a.Name = new BilingualText(NameTh!.Trim(), Blank(NameEn));
        a.Description = new BilingualText(DescriptionTh!.Trim(), Blank(DescriptionEn));
        a.Criteria = new BilingualText(CriteriaTh!.Trim(), Blank(CriteriaEn));
        a.ValidForDays = ValidForDays;
        a.SkillTopicIds = (SkillTopicIds ?? []).Distinct().Order().ToList();
        a.CityId = CityId;
        a.OrganisationId = OrganisationId;
    }

    public static T From<T>(Achievement a) where T : AchievementInput, new() => new()
    {
        NameTh = a.Name.Th, NameEn = a.Name.En, DescriptionTh = a.Description.Th, DescriptionEn = a.Description.En,
        CriteriaTh = a.Criteria.Th, CriteriaEn = a.Criteria.En, ValidForDays = a.ValidForDays, SkillTopicIds = [.. a.SkillTopicIds],
        CityId = a.CityId, OrganisationId = a.OrganisationId,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class AchievementApiInput : AchievementInput
{
    [Display(Name = "Badges.Field.Version")]
    public uint? Version { get; set; }
}

public sealed record AchievementDto(int Id, string NameTh, string? NameEn, string DescriptionTh, string? DescriptionEn, string CriteriaTh, string? CriteriaEn,
    string Type, IReadOnlyList<int> SkillTopicIds, string? Image, int? ValidForDays, int? CityId, int? OrganisationId, bool IsDemo, uint Version, string Url)
{
    public static AchievementDto Of(Achievement a) => new(a.Id, a.Name.Th, a.Name.En, a.Description.Th, a.Description.En, a.Criteria.Th, a.Criteria.En,
        a.Type.ToString(), a.SkillTopicIds, a.ImageFile is null ? null : $"/files/{a.ImageFile}", a.ValidForDays, a.CityId, a.OrganisationId, a.IsDemo, a.Version,
        $"/credentials/achievements/{a.Id}");
}
