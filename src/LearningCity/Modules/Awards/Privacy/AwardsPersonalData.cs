using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Privacy;

/// <summary>
/// A judge's panels, assignments with their scores and comments, and conflict declarations; mentoring relations recorded
/// about the person; the applications they started for their city and, as secretariat, the decisions, assignments and
/// relations they recorded. What erasure does with each is in <see cref="AwardsErasure"/>.
/// </summary>
internal sealed class AwardsPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "awards";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        panels = await db.AwardJudges.AsNoTracking().Where(j => j.UserId == userId).OrderBy(j => j.Id)
            .Select(j => new { j.CycleId, j.DisplayName, j.ProvinceCode, j.Organisation, j.OrganisationCityId, j.AddedAt }).ToListAsync(ct),
        assignments = await db.JudgeAssignments.AsNoTracking().Where(a => a.JudgeUserId == userId).OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.CycleId, a.ApplicationId, method = a.Method.ToString(), a.AssignedAt, a.SubmittedAt,
                scores = a.Scores.OrderBy(s => s.CriterionId).Select(s => new { s.CriterionId, s.Score, s.Comment, s.UpdatedAt }).ToList(),
            }).ToListAsync(ct),
        conflictDeclarations = await db.ConflictDeclarations.AsNoTracking().Where(c => c.JudgeUserId == userId).OrderBy(c => c.Id)
            .Select(c => new { c.CycleId, c.CityId, c.Reason, c.DeclaredAt }).ToListAsync(ct),
        mentoringRelations = await db.MentoringRelations.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id)
            .Select(m => new { m.CityId, m.Note, m.RecordedAt }).ToListAsync(ct),
        applicationsStarted = await db.AwardApplications.AsNoTracking().Where(a => a.CreatedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.CycleId, a.CityId, status = a.Status.ToString(), a.CreatedAt }).ToListAsync(ct),
        decisionsMade = await db.AwardApplications.AsNoTracking().Where(a => a.DecidedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { applicationId = a.Id, outcome = a.Outcome.ToString(), a.DecidedAt }).ToListAsync(ct),
        assignmentsMade = await db.JudgeAssignments.AsNoTracking().Where(a => a.AssignedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { assignmentId = a.Id, a.ApplicationId, a.AssignedAt }).ToListAsync(ct),
        mentoringRecorded = await db.MentoringRelations.AsNoTracking().Where(m => m.RecordedBy == userId).OrderBy(m => m.Id)
            .Select(m => new { relationId = m.Id, m.CityId, m.RecordedAt }).ToListAsync(ct),
    };

    public Task EraseAsync(Guid userId, CancellationToken ct) => AwardsErasure.RunAsync(db, userId, ct);
}
