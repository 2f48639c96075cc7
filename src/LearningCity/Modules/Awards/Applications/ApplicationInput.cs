namespace LearningCity.Modules.Awards.Applications;

public sealed record NewApplicationInput(int? CategoryId, int? CityId);

public sealed record NarrativeInput(int CriterionId, string? Text);

public sealed record LinkInput(int? CriterionId, string? Url);

/// <summary>
/// A draft save. Sections left out (null) are kept as they are, so a page may save one section at a time;
/// <see cref="Version"/> is the version the writer last read.
/// </summary>
public sealed record ApplicationInput(uint? Version, List<NarrativeInput>? Narratives, List<LinkInput>? Links, string? MayorName, string? MayorTitle, bool? ConsentToPublish);

public sealed record VersionInput(uint? Version);
