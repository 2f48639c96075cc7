using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Public;

/// <summary>The e-mail address and display name of an account, as a module's erasure needs them to find copies it holds.</summary>
public sealed record PersonalDataSubject(Guid Id, string Email, string DisplayName)
{
    /// <summary>Whether a contact a module stored (an e-mail or a name typed into a form) is this person's.</summary>
    public bool IsEmail(string? value) => !string.IsNullOrWhiteSpace(value) && string.Equals(value.Trim(), Email, StringComparison.OrdinalIgnoreCase);

    public bool IsName(string? value) => !string.IsNullOrWhiteSpace(value) && !string.IsNullOrWhiteSpace(DisplayName)
        && string.Equals(value.Trim(), DisplayName.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Who an account is, for the modules that keep only an account's id: the audit log shows the actor's current display
/// name (never a copy of it), and erasures look up the address and name they must forget.
/// </summary>
public sealed class AccountDirectory(AppDbContext db)
{
    public async Task<PersonalDataSubject?> SubjectAsync(Guid userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new PersonalDataSubject(u.Id, u.Email ?? "", u.DisplayName)).FirstOrDefaultAsync(ct);

    public async Task<Dictionary<Guid, string>> DisplayNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <summary>The account with this e-mail address (case-insensitive), or null.</summary>
    public async Task<Guid?> IdByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The accounts whose e-mail or display name contains the text (case-insensitive), at most <paramref name="max"/>.</summary>
    public async Task<List<Guid>> MatchingAsync(string text, int max, CancellationToken ct)
    {
        var lower = text.Trim().ToLowerInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.Email!.ToLower().Contains(lower) || u.DisplayName.ToLower().Contains(lower))
            .OrderBy(u => u.Id).Select(u => u.Id).Take(max).ToListAsync(ct);
    }

    /// <summary>
    /// The people who belong to a city: accounts whose home province is the city's, and those who hold a scope for it
    /// (its coordinators), by display name; at most <paramref name="max"/>.
    /// </summary>
    public async Task<List<CityMember>> MembersOfCityAsync(int cityId, string provinceCode, int max, CancellationToken ct)
    {
        var scoped = db.CityScopes.Where(s => s.CityId == cityId).Select(s => s.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => u.ProvinceCode == provinceCode || scoped.Contains(u.Id))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(max)
            .Select(u => new CityMember(u.Id, u.DisplayName)).ToListAsync(ct);
    }
}

/// <summary>A person who belongs to a city, as another module lists them (never their e-mail).</summary>
public sealed record CityMember(Guid Id, string DisplayName);
