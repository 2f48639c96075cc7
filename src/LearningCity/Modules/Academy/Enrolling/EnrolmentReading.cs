using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>Enrolments with their progress, read for a learner or a city's team; lesson totals from each pinned version.</summary>
public sealed class EnrolmentReading(AppDbContext db)
{
    public Task<List<EnrolmentDto>> ForUserAsync(Guid userId, CancellationToken ct) =>
        ReadAsync(db.Enrolments.Where(e => e.UserId == userId), ct);

    public Task<List<EnrolmentDto>> ForCityAsync(int cityId, CancellationToken ct) =>
        ReadAsync(db.Enrolments.Where(e => e.CityId == cityId), ct);

    /// <summary>Whose each enrolment is (null once an account was erased).</summary>
    public async Task<Dictionary<int, Guid?>> LearnersAsync(IEnumerable<int> enrolmentIds, CancellationToken ct)
    {
        var ids = enrolmentIds.ToList();
        return await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.UserId, ct);
    }

    public async Task<List<EnrolmentDto>> ReadAsync(IQueryable<Enrolment> query, CancellationToken ct)
    {
        var enrolments = await query.AsNoTracking().Include(e => e.Progress).OrderByDescending(e => e.EnrolledAt).ThenByDescending(e => e.Id).Take(500).ToListAsync(ct);
        var courseIds = enrolments.Select(e => e.CourseId).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var versionIds = enrolments.Select(e => e.CourseVersionId).Distinct().ToList();
        var totals = (await db.CourseVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).Select(v => new { v.Id, v.Structure }).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => CourseSnapshot.FromJson(v.Structure)?.AllLessons.Count() ?? 0);
        return enrolments.Select(e => EnrolmentDto.Of(e, courses[e.CourseId], totals.GetValueOrDefault(e.CourseVersionId))).ToList();
    }
}
