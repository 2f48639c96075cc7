using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Library;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

/// <summary>Rows of learning resources, checked like the resource form (ResourceInput and its checks, topics by slug).</summary>
public sealed class ResourceRows(AppDbContext db, ResourceEditing editing, ChoiceText choices, JsonStringLocalizer l) : ContentRows(l)
{
    public override ImportKind Kind => ImportKind.Resource;

    public override Task<List<string>> ExistingTitlesAsync(ImportTarget target, CancellationToken ct)
    {
        var query = db.LearningResources.AsNoTracking();
        query = target.CityId is { } city ? query.Where(r => r.CityId == city) : query.Where(r => r.OrganisationId == target.OrganisationId);
        return query.Select(r => r.Title.Th).ToListAsync(ct);
    }

    public override async Task<CheckedItem?> CheckAsync(TableRow row, ImportTarget target, RowErrors errors, CancellationToken ct)
    {
        var input = new ResourceInput
        {
            TitleTh = row["title_th"], TitleEn = row["title_en"],
            SummaryTh = row["summary_th"], SummaryEn = row["summary_en"],
            BodyTh = row["body_th"], BodyEn = row["body_en"],
            Type = choices.Code<ResourceType>(row["type"], "Resources.ResourceType."),
            Audiences = choices.Codes<Audience>(row["audiences"], "Resources.Audience."),
            Topics = ChoiceText.Split(row["topics"]),
            Language = row["language"]?.ToLowerInvariant() ?? "th",
            Licence = Licence(row["licence"]) ?? "CC-BY-4.0",
            LinkUrl = row["link_url"],
            PublishedOn = Date(row, "published_on", errors),
        };
        input.Normalize();
        AddFieldErrors(errors, Validate(input, L));
        var (topicIds, topicErrors) = await editing.TopicIdsAsync(input.Topics, ct);
        if (topicErrors is not null) AddFieldErrors(errors, topicErrors);
        if (errors.Count > 0 || topicIds is null) return null;

        var resource = new LearningResource { CityId = target.CityId, OrganisationId = target.OrganisationId };
        input.ApplyTo(resource);
        resource.Topics = topicIds.Select(id => new ResourceTopic { TopicId = id }).ToList();
        return new CheckedItem(resource, resource.Title.Th);
    }

    public override void Add(object item, bool publish, DateTime now, Guid userId)
    {
        var resource = (LearningResource)item;
        resource.Status = publish ? PublicationStatus.Published : PublicationStatus.Draft;
        // As when publishing from the form: the publication date is today unless the row gives one.
        if (publish) resource.PublishedOn ??= DateOnly.FromDateTime(now.AddHours(7));
        (resource.CreatedBy, resource.CreatedAt, resource.UpdatedAt, resource.Version) = (userId, now, now, 1);
        db.LearningResources.Add(resource);
    }

    public override (string EntityType, int Id, object Snapshot) Saved(object item)
    {
        var resource = (LearningResource)item;
        return ("LearningResource", resource.Id, ResourceSnapshot.Of(resource));
    }

    /// <summary>Licence ids are matched without regard to case ("cc-by-4.0").</summary>
    private static string? Licence(string? text) =>
        text is null ? null : ResourceChoices.Licences.FirstOrDefault(x => string.Equals(x, text, StringComparison.OrdinalIgnoreCase)) ?? text;
}
