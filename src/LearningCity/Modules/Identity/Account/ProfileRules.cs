using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Account;

public sealed record ProvinceOption(string Code, string Name);

/// <summary>
/// The checks that DataAnnotations cannot express (they need the database or today's date), shared by the
/// registration and profile pages and the API so that all of them say the same thing.
/// </summary>
public sealed class ProfileRules(AppDbContext db, TimeProvider time, JsonStringLocalizer l)
{
    public const int FirstBirthYear = 1900;
    public static readonly string[] Languages = ["th", "en"];

    // Thailand is UTC+7 all year: the year turns there, not in Greenwich.
    public int LastBirthYear => ThaiTime.Now(time).Year;

    public IEnumerable<int> BirthYears => Enumerable.Range(FirstBirthYear, LastBirthYear - FirstBirthYear + 1).Reverse();

    public async Task<IReadOnlyList<ProvinceOption>> ProvincesAsync(CancellationToken ct = default)
    {
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(ct);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        return provinces.Select(p => new ProvinceOption(p.Code, p.Name.Current))
            .OrderBy(p => p.Name, StringComparer.Create(culture, ignoreCase: true)).ToList();
    }

    /// <summary>Errors by field name (PreferredLanguage, ProvinceCode, BirthYear); empty when all is well.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(string? language, string? provinceCode, int? birthYear, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(language) && !Languages.Contains(language))
            errors["PreferredLanguage"] = l["Account.Language.Invalid", l["Account.PreferredLanguage"]];
        if (!string.IsNullOrEmpty(provinceCode) && !await db.Provinces.AnyAsync(p => p.Code == provinceCode, ct))
            errors["ProvinceCode"] = l["Account.Province.Unknown", l["Account.Province"]];
        if (birthYear is { } year && (year < FirstBirthYear || year > LastBirthYear))
            errors["BirthYear"] = l["Validation.Range", l["Account.BirthYear"], DateDisplay.Year(FirstBirthYear), DateDisplay.Year(LastBirthYear)];
        return errors;
    }

    /// <summary>Identity's complaints go next to the field they are about.</summary>
    public static string FieldOf(Microsoft.AspNetCore.Identity.IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != "PasswordMismatch" ? "Password"
        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : "";
}
