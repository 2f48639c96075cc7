using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Privacy;

/// <summary>
/// The research items a person added. On erasure the items stay (their authors are named on the work itself, not
/// by the account), but no longer point to the account; only admins can then edit them.
/// </summary>
internal sealed class ResearchPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "research";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) =>
        await db.ResearchItems.AsNoTracking().Where(r => r.CreatedBy == userId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, title = r.Title.Th, r.Year, status = r.Status.ToString(), r.CreatedAt, r.UpdatedAt }).ToListAsync(ct);

    public Task EraseAsync(Guid userId, CancellationToken ct) =>
        db.ResearchItems.Where(r => r.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedBy, Guid.Empty), ct);
}
