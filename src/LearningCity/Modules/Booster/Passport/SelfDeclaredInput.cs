using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>What a learner types about learning done elsewhere. Always shown as unverified.</summary>
public sealed class SelfDeclaredInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public decimal? Hours { get; set; }
    /// <summary>No topics when a client sends null.</summary>
    public List<int> TopicIds { get; set => field = value ?? []; } = [];
    public string? EvidenceUrl { get; set; }

    /// <summary>Field (camelCase) → localized message; empty when the input is acceptable.</summary>
    public Dictionary<string, string> Check(JsonStringLocalizer l, DateOnly today, IReadOnlySet<int> knownTopics)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Title)) errors["title"] = l["Validation.Required", l["Passport.Field.Title"]];
        else if (Title.Trim().Length > 300) errors["title"] = l["Validation.MaxLength", l["Passport.Field.Title"], 300];
        if (Description?.Length > 4000) errors["description"] = l["Validation.MaxLength", l["Passport.Field.Description"], 4000];
        if (CompletedOn is null) errors["completedOn"] = l["Validation.Required", l["Passport.Field.CompletedOn"]];
        else if (CompletedOn > today) errors["completedOn"] = l["Passport.Error.FutureDate"];
        else if (CompletedOn.Value.Year < 1900) errors["completedOn"] = l["Passport.Error.FutureDate"];
        if (Hours is null) errors["hours"] = l["Validation.Required", l["Passport.Field.Hours"]];
        else if (Hours <= 0 || Hours > 1000) errors["hours"] = l["Passport.Error.Hours"];
        if (TopicIds.Any(t => !knownTopics.Contains(t))) errors["topicIds"] = l["Passport.Error.Topic"];
        if (!string.IsNullOrWhiteSpace(EvidenceUrl) && (EvidenceUrl.Length > 1000 || !Uri.TryCreate(EvidenceUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            errors["evidenceUrl"] = l["Passport.Error.Url"];
        return errors;
    }

    public void ApplyTo(SelfDeclaredLearning entry)
    {
        entry.Title = Title!.Trim();
        entry.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        entry.CompletedOn = CompletedOn!.Value;
        entry.Hours = Math.Round(Hours!.Value, 2);
        entry.TopicIds = TopicIds.Distinct().Order().ToList();
        entry.EvidenceUrl = string.IsNullOrWhiteSpace(EvidenceUrl) ? null : EvidenceUrl.Trim();
    }

    public static SelfDeclaredInput From(SelfDeclaredLearning e) => new()
    {
        Title = e.Title, Description = e.Description, CompletedOn = e.CompletedOn, Hours = e.Hours, TopicIds = e.TopicIds, EvidenceUrl = e.EvidenceUrl,
    };
}
