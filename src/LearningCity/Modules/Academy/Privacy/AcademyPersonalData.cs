using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Privacy;

/// <summary>
/// The courses a person authored. A course keeps nothing personal but its author's id: on erasure the courses stay
/// for their learners, no longer pointing to the account; only admins can then edit them.
/// </summary>
internal sealed class AcademyPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "academy";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) =>
        await db.Courses.AsNoTracking().Where(c => c.CreatedBy == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, title = c.Title.Th, status = c.Status.ToString(), c.PublishedVersion, c.CreatedAt, c.UpdatedAt }).ToListAsync(ct);

    public Task EraseAsync(Guid userId, CancellationToken ct) =>
        db.Courses.Where(c => c.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.CreatedBy, Guid.Empty), ct);
}
