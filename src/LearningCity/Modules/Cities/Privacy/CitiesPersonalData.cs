using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Privacy;

/// <summary>
/// The cities the person proposed. On erasure a proposal stays (a city's profile, pending or decided, is the city's
/// record, and an admin may still approve it) without the link to its proposer; where the person gave themselves as
/// the city's coordinator contact (their e-mail or display name), that contact goes: name, e-mail and phone.
/// </summary>
internal sealed class CitiesPersonalData(AppDbContext db, AccountDirectory accounts) : IPersonalData
{
    public string Section => "cities";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        proposals = await db.Cities.AsNoTracking().Where(c => c.ProposedBy == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, name = c.Name.Th, c.ProvinceCode, status = c.Status.ToString(), c.CoordinatorName, c.CoordinatorEmail, c.CreatedAt })
            .ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.Cities.Where(c => c.ProposedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ProposedBy, (Guid?)null), ct);
        if (await accounts.SubjectAsync(userId, ct) is not { } person) return;
        var (email, name) = (person.Email.ToLower(), person.DisplayName.Length > 0 ? person.DisplayName.ToLower() : null);
        await db.Cities
            .Where(c => c.CoordinatorEmail != null && c.CoordinatorEmail.ToLower() == email || name != null && c.CoordinatorName != null && c.CoordinatorName.ToLower() == name)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CoordinatorName, (string?)null).SetProperty(c => c.CoordinatorEmail, (string?)null)
                .SetProperty(c => c.CoordinatorPhone, (string?)null), ct);
    }
}
