using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>The checks of an activity that need the database or span several fields; errors keyed by JSON field names.</summary>
public sealed class ActivityRules(AppDbContext db, JsonStringLocalizer l, PublisherAccess publishers)
{
    public static readonly string[] Languages = ["th", "en", "zh", "ja", "my", "km", "lo", "ms"];

    public sealed record Checked(Dictionary<string, string[]> Errors, ActivityChoices Choices, ActivityPlace Place);

    public async Task<Checked> ValidateAsync(ActivityInput input, CancellationToken ct)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        var kind = Parse<ActivityKind>(input.Kind, ActivityKind.SkillWorkshop, "kind", "Activities.Field.Kind", Add);
        var level = Parse<ActivityLevel>(input.Level, ActivityLevel.AllLevels, "level", "Activities.Field.Level", Add);
        var mode = Parse<ActivityMode>(input.Mode, ActivityMode.OnSite, "mode", "Activities.Field.Mode", Add);
        var groups = AgeGroup.None;
        foreach (var name in input.AgeGroups ?? [])
        {
            if (Enum.TryParse<AgeGroup>(name, true, out var g) && g != AgeGroup.None && Enum.IsDefined(g) && !char.IsAsciiDigit(name[0])) groups |= g;
            else Add("ageGroups", l["Validation.Invalid", l["Activities.Field.AgeGroups"]].Value);
        }
        if (groups == AgeGroup.None && !errors.ContainsKey("ageGroups")) Add("ageGroups", l["Validation.ChooseAtLeastOne", l["Activities.Field.AgeGroups"]].Value);

        var topics = (input.TopicIds ?? []).Distinct().ToList();
        if (topics.Count > 10 || await db.Topics.CountAsync(t => topics.Contains(t.Id), ct) != topics.Count)
            Add("topicIds", l["Validation.Invalid", l["Activities.Field.Topics"]].Value);
        if (!Languages.Contains(input.Language)) Add("language", l["Validation.Invalid", l["Activities.Field.Language"]].Value);
        if (input.CityId is null == input.OrganisationId is null) Add("cityId", l["Activities.Validation.Publisher"].Value);
        if (!input.IsFree && input.FeeBaht is null or <= 0) Add("feeBaht", l["Activities.Validation.Fee"].Value);
        if (input.RegistrationOpensAt is { } opens && input.RegistrationClosesAt is { } closes && closes <= opens)
            Add("registrationClosesAt", l["Activities.Validation.Window"].Value);
        if (mode != ActivityMode.OnSite && input.OnlineUrl is null && !errors.ContainsKey("onlineUrl"))
            Add("onlineUrl", l["Activities.Validation.OnlineUrl"].Value);

        var place = new ActivityPlace(null, null, null);
        if (mode != ActivityMode.Online && input.LearningSpaceId is { } spaceId)
        {
            var space = await db.LearningSpaces.AsNoTracking().Where(s => s.Id == spaceId && s.Status == PublicationStatus.Published)
                .Select(s => new { s.ProvinceCode, s.Latitude, s.Longitude }).FirstOrDefaultAsync(ct);
            if (space is null) Add("learningSpaceId", l["Activities.Validation.Space"].Value);
            else place = new ActivityPlace(space.ProvinceCode, space.Latitude, space.Longitude);
        }
        else if (mode == ActivityMode.OnSite && input.LearningSpaceId is null) Add("learningSpaceId", l["Activities.Validation.SpaceRequired"].Value);
        if (place.ProvinceCode is null && input.CityId is { } cityId)
            place = new ActivityPlace(await db.Cities.Where(c => c.Id == cityId).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct), null, null);
        return new Checked(errors, new ActivityChoices(kind, groups, level, mode), place);
    }

    public Task<bool> MayPublishAsAsync(ClaimsPrincipal user, ActivityInput input, CancellationToken ct) =>
        publishers.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct);

    /// <summary>Errors of a session: end after start, capacity 1..10000 and never below the seats already taken.</summary>
    public Dictionary<string, string[]> ValidateSession(SessionInput input, int confirmedCount = 0)
    {
        var errors = RequestValidation.Validate(input, l);
        if (input.StartsAt is { } s && input.EndsAt is { } e && e <= s) errors["endsAt"] = [l["Activities.Validation.EndAfterStart"].Value];
        if (input.Capacity is { } c && c < confirmedCount && !errors.ContainsKey("capacity"))
            errors["capacity"] = [l["Activities.Validation.CapacityBelowConfirmed", confirmedCount].Value];
        return errors;
    }

    private T Parse<T>(string? text, T fallback, string field, string label, Action<string, string> add) where T : struct, Enum
    {
        if (text is null) return fallback;
        if (Enum.TryParse<T>(text, true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])) return value;
        add(field, l["Validation.Invalid", l[label]].Value);
        return fallback;
    }
}
