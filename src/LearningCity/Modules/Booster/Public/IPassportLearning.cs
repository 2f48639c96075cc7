using LearningCity.Common.Localization;

namespace LearningCity.Modules.Booster.Public;

/// <summary>
/// Learning that another module has verified for a person (a course completed in the Academy): what the passport shows
/// beside attended activities and counts in the verified hours. <paramref name="Link"/> is where it can be seen.
/// </summary>
public sealed record VerifiedLearning(string Source, BilingualText Title, DateTime CompletedAt, double Hours, IReadOnlyList<int> TopicIds, string Link);

/// <summary>
/// Implemented by a module that verifies learning (register with <c>services.AddScoped&lt;IPassportLearning, T&gt;()</c>);
/// the learning passport merges every implementation's entries into its verified hours when it is read, so an entry
/// is there as soon as the owning module's own transaction committed it.
/// </summary>
public interface IPassportLearning
{
    Task<IReadOnlyList<VerifiedLearning>> ForUserAsync(Guid userId, CancellationToken ct);
}
