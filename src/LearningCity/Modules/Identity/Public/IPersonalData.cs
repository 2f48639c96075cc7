namespace LearningCity.Modules.Identity.Public;

/// <summary>
/// A module's part of a person's data under Thailand's PDPA: what it holds about them (for the download) and how it
/// forgets them when they delete their account. Every module that stores personal data registers one
/// (<c>services.AddScoped&lt;IPersonalData, T&gt;()</c>); erasures run in one transaction before the account is deleted.
/// </summary>
public interface IPersonalData
{
    /// <summary>The name of this module's section in the download, e.g. "booster".</summary>
    string Section { get; }

    Task<object?> ExportAsync(Guid userId, CancellationToken ct);

    /// <summary>Deletes or anonymises this module's rows about the person; the caller saves and commits.</summary>
    Task EraseAsync(Guid userId, CancellationToken ct);
}
