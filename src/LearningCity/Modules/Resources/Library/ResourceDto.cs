using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

public sealed record TextDto(string Th, string? En);

public sealed record TopicDto(string Slug, TextDto Name);

/// <summary>A learning resource as the API returns it; body is Markdown.</summary>
public sealed record ResourceDto(
    int Id, TextDto Title, TextDto Summary, TextDto Body, string Type, IReadOnlyList<string> Audiences, IReadOnlyList<TopicDto> Topics,
    string Language, string Licence, string? LicenceUrl, string? LinkUrl, string? FileUrl, string? FileName,
    int? CityId, int? OrganisationId, string Publisher, DateOnly? PublishedOn, string Status, bool IsDemo, uint Version, string Url)
{
    public static ResourceDto Of(LearningResource r, ResourceNames names) => new(
        r.Id, new(r.Title.Th, r.Title.En), new(r.Summary.Th, r.Summary.En), new(r.Body.Th, r.Body.En), r.Type.ToString(),
        ResourceChoices.Split(r.Audiences).Select(a => a.ToString()).ToList(),
        names.TopicsOf(r).Select(t => new TopicDto(t.Slug, new(t.Name.Th, t.Name.En))).ToList(),
        r.Language, r.Licence, ResourceChoices.LicenceDeed(r.Licence), r.LinkUrl,
        r.FileName is null ? null : $"/resources/{r.Id}/file", r.FileOriginalName,
        r.CityId, r.OrganisationId, names.Publisher(r), r.PublishedOn, r.Status.ToString(), r.IsDemo, r.Version, $"/resources/{r.Id}");
}
