using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The state of a resource as the audit log records it, before and after a change.</summary>
public sealed record ResourceSnapshot(
    int Id, string TitleTh, string? TitleEn, string SummaryTh, string? SummaryEn, string BodyTh, string? BodyEn,
    string Type, string Audiences, IReadOnlyList<int> TopicIds, string Language, string Licence, string? LinkUrl,
    string? FileName, string? FileOriginalName, int? CityId, int? OrganisationId, DateOnly? PublishedOn, string Status, uint Version)
{
    public static ResourceSnapshot Of(LearningResource r) => new(
        r.Id, r.Title.Th, r.Title.En, r.Summary.Th, r.Summary.En, r.Body.Th, r.Body.En,
        r.Type.ToString(), r.Audiences.ToString(), r.Topics.Select(t => t.TopicId).Order().ToList(), r.Language, r.Licence, r.LinkUrl,
        r.FileName, r.FileOriginalName, r.CityId, r.OrganisationId, r.PublishedOn, r.Status.ToString(), r.Version);
}
