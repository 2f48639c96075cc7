namespace LearningCity.Modules.Identity.Public;

/// <summary>What stands in a kept record where a deleted account's id, e-mail or name used to be.</summary>
public static class DeletedAccount
{
    /// <summary>Written into stored text (audit entries' ids and before/after); pages show the localized <see cref="LabelKey"/>.</summary>
    public const string Marker = "deleted-account";

    /// <summary>The UI string "deleted account" in Thai and English.</summary>
    public const string LabelKey = "Identity.DeletedAccount";
}
