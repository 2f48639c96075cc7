using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>The fields of an activity that the form and the API share. Times are instants (the form sends Thai local time).</summary>
public class ActivityInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.TitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.TitleEn")]
    public string? TitleEn { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.DescriptionTh")]
    public string? DescriptionTh { get; set; }

    [MaxLength(8000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Activities.Field.Kind")]
    public string? Kind { get; set; }

    [Display(Name = "Activities.Field.AgeGroups")]
    public List<string>? AgeGroups { get; set; }

    [Display(Name = "Activities.Field.Level")]
    public string? Level { get; set; }

    [Display(Name = "Activities.Field.Mode")]
    public string? Mode { get; set; }

    [Display(Name = "Activities.Field.Topics")]
    public List<int>? TopicIds { get; set; }

    [Display(Name = "Activities.Field.Space")]
    public int? LearningSpaceId { get; set; }

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Activities.Field.OnlineUrl")]
    public string? OnlineUrl { get; set; }

    [Display(Name = "Activities.Field.IsFree")]
    public bool IsFree { get; set; } = true;

    [Range(0, 1000000, ErrorMessage = "Validation.Range"), Display(Name = "Activities.Field.Fee")]
    public decimal? FeeBaht { get; set; }

    [Display(Name = "Activities.Field.RegistrationOpens")]
    public DateTimeOffset? RegistrationOpensAt { get; set; }

    [Display(Name = "Activities.Field.RegistrationCloses")]
    public DateTimeOffset? RegistrationClosesAt { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.PrerequisitesTh")]
    public string? PrerequisitesTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.PrerequisitesEn")]
    public string? PrerequisitesEn { get; set; }

    [Display(Name = "Activities.Field.Language")]
    public string? Language { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.AccessibilityTh")]
    public string? AccessibilityTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.AccessibilityEn")]
    public string? AccessibilityEn { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Activities.Field.ContactName")]
    public string? ContactName { get; set; }

    [MaxLength(320, ErrorMessage = "Validation.MaxLength"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Activities.Field.ContactEmail")]
    public string? ContactEmail { get; set; }

    [MaxLength(50, ErrorMessage = "Validation.MaxLength"), Phone(ErrorMessage = "Validation.Phone"), Display(Name = "Activities.Field.ContactPhone")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Activities.Field.City")]
    public int? CityId { get; set; }

    [Display(Name = "Activities.Field.Organisation")]
    public int? OrganisationId { get; set; }

    public void Normalize()
    {
        foreach (var p in typeof(ActivityInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        Language = Language?.ToLowerInvariant() ?? "th";
        if (IsFree) FeeBaht = null;
    }

    /// <summary>Applies checked fields; place fields come from <see cref="ActivityPlace"/>.</summary>
    public void ApplyTo(Activity a, ActivityChoices c, ActivityPlace place)
    {
        a.Title = new BilingualText(TitleTh ?? "", TitleEn);
        a.Description = new BilingualText(DescriptionTh ?? "", DescriptionEn);
        a.Kind = c.Kind; a.AgeGroups = c.AgeGroups; a.Level = c.Level; a.Mode = c.Mode;
        a.LearningSpaceId = a.Mode == ActivityMode.Online ? null : LearningSpaceId;
        a.OnlineUrl = a.Mode == ActivityMode.OnSite ? null : OnlineUrl;
        a.ProvinceCode = place.ProvinceCode; a.Latitude = place.Latitude; a.Longitude = place.Longitude;
        a.IsFree = IsFree; a.FeeBaht = IsFree ? null : FeeBaht;
        a.RegistrationOpensAt = RegistrationOpensAt?.UtcDateTime;
        a.RegistrationClosesAt = RegistrationClosesAt?.UtcDateTime;
        a.Prerequisites = new BilingualText(PrerequisitesTh ?? "", PrerequisitesEn);
        a.Language = Language ?? "th";
        a.AccessibilityNotes = new BilingualText(AccessibilityTh ?? "", AccessibilityEn);
        a.ContactName = ContactName; a.ContactEmail = ContactEmail; a.ContactPhone = ContactPhone;
        a.CityId = CityId; a.OrganisationId = OrganisationId;
        var topics = (TopicIds ?? []).Distinct().ToList();
        a.Topics.RemoveAll(t => !topics.Contains(t.TopicId));
        foreach (var id in topics.Where(id => a.Topics.All(t => t.TopicId != id))) a.Topics.Add(new ActivityTopic { TopicId = id });
    }

    public void CopyFrom(Activity a)
    {
        TitleTh = a.Title.Th; TitleEn = a.Title.En;
        DescriptionTh = NullIfEmpty(a.Description.Th); DescriptionEn = a.Description.En;
        Kind = a.Kind.ToString(); Level = a.Level.ToString(); Mode = a.Mode.ToString();
        AgeGroups = ActivityChoices.Names(a.AgeGroups);
        TopicIds = a.Topics.Select(t => t.TopicId).ToList();
        LearningSpaceId = a.LearningSpaceId; OnlineUrl = a.OnlineUrl;
        IsFree = a.IsFree; FeeBaht = a.FeeBaht;
        RegistrationOpensAt = a.RegistrationOpensAt is { } o ? new DateTimeOffset(o, TimeSpan.Zero) : null;
        RegistrationClosesAt = a.RegistrationClosesAt is { } c ? new DateTimeOffset(c, TimeSpan.Zero) : null;
        PrerequisitesTh = NullIfEmpty(a.Prerequisites.Th); PrerequisitesEn = a.Prerequisites.En;
        Language = a.Language;
        AccessibilityTh = NullIfEmpty(a.AccessibilityNotes.Th); AccessibilityEn = a.AccessibilityNotes.En;
        ContactName = a.ContactName; ContactEmail = a.ContactEmail; ContactPhone = a.ContactPhone;
        CityId = a.CityId; OrganisationId = a.OrganisationId;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

/// <summary>The enum fields of an activity after parsing.</summary>
public sealed record ActivityChoices(ActivityKind Kind, AgeGroup AgeGroups, ActivityLevel Level, ActivityMode Mode)
{
    public static List<string> Names(AgeGroup groups) =>
        Enum.GetValues<AgeGroup>().Where(g => g != AgeGroup.None && groups.HasFlag(g)).Select(g => g.ToString()).ToList();
}

/// <summary>Where an activity happens, for filters and distance.</summary>
public sealed record ActivityPlace(string? ProvinceCode, double? Latitude, double? Longitude);

/// <summary>One session as the API and the forms take it.</summary>
public sealed class SessionInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Activities.Field.StartsAt")]
    public DateTimeOffset? StartsAt { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Activities.Field.EndsAt")]
    public DateTimeOffset? EndsAt { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 10000, ErrorMessage = "Validation.Range"), Display(Name = "Activities.Field.Capacity")]
    public int? Capacity { get; set; }
}
