using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;

namespace LearningCity.Modules.Booster.Badges;

public sealed record AchievementInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.NameTh")]
    public string? NameTh { get; init; }
    [StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.NameEn")]
    public string? NameEn { get; init; }
    [StringLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.DescriptionTh")]
    public string? DescriptionTh { get; init; }
    [StringLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.DescriptionEn")]
    public string? DescriptionEn { get; init; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.CriteriaTh")]
    public string? CriteriaTh { get; init; }
    [StringLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Badges.Field.CriteriaEn")]
    public string? CriteriaEn { get; init; }
    public List<int>? SkillTopicIds { get; init; }
    [Range(1, 3650, ErrorMessage = "Validation.Range"), Display(Name = "Badges.Field.ValidForDays")]
    public int? ValidForDays { get; init; }
    public int? CityId { get; init; }
    public int? OrganisationId { get; init; }
    public uint? Version { get; init; }

    public void ApplyTo(Achievement a)
    {
        a.Name = BilingualText.From(NameTh, NameEn) ?? new();
        a.Description = BilingualText.From(DescriptionTh, DescriptionEn) ?? new();
        a.Criteria = BilingualText.From(CriteriaTh, CriteriaEn) ?? new();
        a.SkillTopicIds = (SkillTopicIds ?? []).Distinct().ToList();
        a.ValidForDays = ValidForDays;
    }
}

public sealed record AchievementDto(int Id, string Url, BilingualText Name, BilingualText Description, BilingualText Criteria, string Type,
    IReadOnlyList<int> SkillTopicIds, string? ImageFile, int? CityId, int? OrganisationId, int? ValidForDays, uint Version)
{
    public static AchievementDto Of(Achievement a) => new(a.Id, $"/credentials/achievements/{a.Id}", a.Name, a.Description, a.Criteria,
        a.Type.ToString(), a.SkillTopicIds, a.ImageFile, a.CityId, a.OrganisationId, a.ValidForDays, a.Version);
}

public sealed record IssueRequest(List<int>? RegistrationIds);

public sealed record AutoActivityRequest(int? ActivityId);
