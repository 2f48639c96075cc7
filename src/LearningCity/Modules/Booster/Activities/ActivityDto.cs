using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Activities;

public sealed record SessionDto(int Id, DateTime StartsAt, DateTime EndsAt, int Capacity, int ConfirmedCount, int SeatsLeft, string Status, string RegisterUrl)
{
    public static SessionDto Of(int activityId, ActivitySession s) => new(s.Id, s.StartsAt, s.EndsAt, s.Capacity, s.ConfirmedCount,
        Math.Max(0, s.Capacity - s.ConfirmedCount), s.Status.ToString(), $"/activities/{activityId}/sessions/{s.Id}/register");
}

public sealed record ActivityDto(
    int Id, string TitleTh, string? TitleEn, string? DescriptionTh, string? DescriptionEn, string Kind, IReadOnlyList<string> AgeGroups,
    string Level, string Mode, IReadOnlyList<int> TopicIds, int? LearningSpaceId, string? OnlineUrl, string? ProvinceCode,
    double? Latitude, double? Longitude, bool IsFree, decimal? FeeBaht, DateTime? RegistrationOpensAt, DateTime? RegistrationClosesAt,
    string? PrerequisitesTh, string? PrerequisitesEn, string Language, string? AccessibilityTh, string? AccessibilityEn,
    string? ContactName, string? ContactEmail, string? ContactPhone, IReadOnlyList<string> Photos, int? CityId, int? OrganisationId,
    string Status, uint Version, string Url, IReadOnlyList<SessionDto> Sessions)
{
    public static ActivityDto Of(Activity a) => new(
        a.Id, a.Title.Th, a.Title.En, Empty(a.Description.Th), a.Description.En, a.Kind.ToString(), ActivityChoices.Names(a.AgeGroups),
        a.Level.ToString(), a.Mode.ToString(), a.Topics.Select(t => t.TopicId).Order().ToList(), a.LearningSpaceId, a.OnlineUrl, a.ProvinceCode,
        a.Latitude, a.Longitude, a.IsFree, a.FeeBaht, a.RegistrationOpensAt, a.RegistrationClosesAt,
        Empty(a.Prerequisites.Th), a.Prerequisites.En, a.Language, Empty(a.AccessibilityNotes.Th), a.AccessibilityNotes.En,
        a.ContactName, a.ContactEmail, a.ContactPhone, a.Photos.Select(p => $"/files/{p}").ToList(), a.CityId, a.OrganisationId,
        a.Status.ToString(), a.Version, $"/activities/{a.Id}",
        a.Sessions.OrderBy(s => s.StartsAt).Select(s => SessionDto.Of(a.Id, s)).ToList());

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}

/// <summary>The API body of POST and PUT: the shared fields, optional first sessions (POST) and the version read (PUT).</summary>
public sealed class ActivityApiInput : ActivityInput
{
    public List<SessionInput>? Sessions { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Activities.Field.Version")]
    public uint? Version { get; set; }
}
