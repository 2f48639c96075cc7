using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Catalogue;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Passport;

/// <summary>Completed courses as verified learning in the passport: the hours recorded in the completion's own transaction.</summary>
internal sealed class AcademyPassportLearning(AppDbContext db) : IPassportLearning
{
    public async Task<IReadOnlyList<VerifiedLearning>> ForUserAsync(Guid userId, CancellationToken ct)
    {
        var rows = await (from e in db.Enrolments.AsNoTracking()
                          where e.UserId == userId && e.Status == EnrolmentStatus.Completed
                          join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                          orderby e.CompletedAt descending
                          select new { e.CourseId, c.Title, e.CompletedAt, e.Hours }).ToListAsync(ct);
        return rows.Select(r => new VerifiedLearning("academy", r.Title, r.CompletedAt!.Value, (double)r.Hours, [], CourseLinks.Page(r.CourseId))).ToList();
    }
}
