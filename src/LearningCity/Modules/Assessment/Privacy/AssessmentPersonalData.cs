using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Privacy;

/// <summary>
/// What the person did in self-assessments: the versions they submitted, returned or validated (with their notes) and
/// the assessments they reviewed. Values, comments, evidence and review notes are the city's assessment and stay, so
/// scores, dashboards and open results do not change; only who did it is forgotten.
/// </summary>
internal sealed class AssessmentPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "assessment";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        versions = await (from r in db.AssessmentRevisions.AsNoTracking()
                          join a in db.CityAssessments.AsNoTracking() on r.CityAssessmentId equals a.Id
                          where r.By == userId
                          orderby r.Id
                          select new { a.CycleId, a.CityId, r.Revision, status = r.Status.ToString(), r.Note, r.At }).ToListAsync(ct),
        reviewed = await db.CityAssessments.AsNoTracking().Where(a => a.ReviewedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { a.CycleId, a.CityId, status = a.Status.ToString(), a.ReviewNote, a.ReviewedAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.AssessmentRevisions.Where(r => r.By == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.By, (Guid?)null), ct);
        await db.CityAssessments.Where(a => a.ReviewedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ReviewedBy, (Guid?)null), ct);
    }
}
