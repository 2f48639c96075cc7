using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LearningCity.Tests.Privacy;

/// <summary>A column of the database as the EF model maps it: its table, name and the CLR type it holds in the database.</summary>
internal sealed record ModelColumn(string Table, string Column, Type StoreType, bool InBilingualText)
{
    public string Key => $"{Table}.{Column}";
    public bool IsGuid => StoreType == typeof(Guid);
    public bool IsText => StoreType == typeof(string);
}

/// <summary>
/// Finds, from the EF model alone, every column that can hold an account's id or a person's e-mail, name or contact.
/// <list type="bullet">
/// <item>Account ids: every Guid column is taken to hold one, unless it is listed in <see cref="NotAccountIds"/>; and its
/// name must say so (…UserId, …By, ActorId, ReporterId) or it is listed in <see cref="AccountIdsNamedOtherwise"/>. A new
/// Guid column therefore either is scanned as a person's id or makes the classification test fail until it is listed.</item>
/// <item>Person text: every text column (outside bilingual content) named like an e-mail, a name, a contact, a phone,
/// an author or a recipient (To), unless listed in <see cref="NotPersonText"/>.</item>
/// </list>
/// Both lists are checked to name real columns, so they cannot go stale.
/// </summary>
internal static class PersonalDataColumns
{
    public static readonly Regex AccountIdName = new("(UserId|By|ActorId|ReporterId)$", RegexOptions.CultureInvariant);
    public static readonly Regex PersonTextName = new("(Email|Name|Contact|Phone|Author|^To$)", RegexOptions.CultureInvariant);

    public static readonly string[] NotAccountIds =
    [
        "identity_roles.Id", "identity_user_roles.RoleId", "identity_role_claims.RoleId", "credentials_issued.Id",
        "resources_import_jobs.Id", "awards_applications.CredentialId", "academy_enrolments.CredentialId",
        "booster_registrations.ErasedLearnerKey", // a random key standing for an erased learner, linked to nothing
    ];

    public static readonly string[] AccountIdsNamedOtherwise = ["identity_users.Id"];

    public static readonly string[] NotPersonText =
    [
        "identity_roles.Name", "identity_roles.NormalizedName", "identity_user_tokens.Name", "identity_user_logins.ProviderDisplayName",
        "common_data_protection_keys.FriendlyName", "research_items.FileName", "research_items.FileOriginalName",
        "resources_learning_resources.FileName", "resources_learning_resources.FileOriginalName", "resources_import_jobs.FileName",
        "booster_self_declared_learning.EvidenceFileName",
    ];

    /// <summary>Every column of every entity type's table, bilingual (complex) properties included.</summary>
    public static IReadOnlyList<ModelColumn> All(IModel model)
    {
        var columns = new List<ModelColumn>();
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties()) Add(property, false);
            foreach (var complex in entity.GetComplexProperties())
                foreach (var property in complex.ComplexType.GetProperties()) Add(property, true);

            void Add(IProperty property, bool bilingual)
            {
                if (property.GetColumnName(store) is { } column) columns.Add(new ModelColumn(table, column, StoreTypeOf(property), bilingual));
            }
        }
        return columns.DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<ModelColumn> AccountIds(IModel model) =>
        All(model).Where(c => c.IsGuid && !NotAccountIds.Contains(c.Key)).ToList();

    public static IReadOnlyList<ModelColumn> PersonText(IModel model) =>
        All(model).Where(c => c.IsText && !c.InBilingualText && PersonTextName.IsMatch(c.Column) && !NotPersonText.Contains(c.Key)).ToList();

    /// <summary>The module (or Common area) a column's entity belongs to, from its namespace: "Awards", "Audit", "Email"...</summary>
    public static IReadOnlyDictionary<string, string> ModuleOfTable(IModel model) =>
        model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => AreaOf(g.First().ClrType.Namespace ?? ""));

    private static string AreaOf(string ns)
    {
        if (ns.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)) return "Identity"; // its own tables (roles, claims, logins)
        var parts = ns.Split('.');
        var i = Array.FindIndex(parts, p => p is "Modules" or "Common");
        return i >= 0 && i + 1 < parts.Length ? parts[i + 1] : ns;
    }

    private static Type StoreTypeOf(IProperty property)
    {
        var type = property.GetValueConverter()?.ProviderClrType ?? property.FindTypeMapping()?.Converter?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
