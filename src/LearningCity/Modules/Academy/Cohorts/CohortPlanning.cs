using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Cohorts;

public sealed record CohortDto(int Id, int CourseId, string NameTh, string? NameEn, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int Taken,
    int Waitlisted, int Free, IReadOnlyList<string> Facilitators);

/// <summary>Cohorts of a course: made by its authors; their places are set on, and counted by, the shared seat counter.</summary>
public sealed class CohortPlanning(AppDbContext db, ISeats seats, AccountDirectory accounts, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<(Cohort? Cohort, Dictionary<string, string[]>? Errors)> CreateAsync(Course course, CohortInput input, Guid creator, CancellationToken ct)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        if (errors.Count == 0 && input.EndsOn < input.StartsOn) errors["endsOn"] = [l["Academy.Error.EndsBeforeStart"].Value];
        var facilitators = input.FacilitatorIds is { Count: > 0 } ids ? ids.Distinct().ToList() : [creator];
        if (errors.Count == 0 && (await accounts.DisplayNamesAsync(facilitators, ct)).Count != facilitators.Count)
            errors["facilitatorIds"] = [l["Academy.Error.UnknownFacilitator"].Value];
        if (errors.Count > 0) return (null, errors);
        var cohort = new Cohort
        {
            CourseId = course.Id, Name = new BilingualText(input.NameTh!, input.NameEn), StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value,
            Capacity = input.Capacity!.Value, FacilitatorIds = facilitators, IsDemo = course.IsDemo, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        await seats.SetCapacityAsync(new SeatedThing(Cohort.SeatKind, cohort.Id), cohort.Capacity, ct);
        await tx.CommitAsync(ct);
        return (cohort, null);
    }

    public async Task<List<CohortDto>> ListAsync(int courseId, CancellationToken ct)
    {
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.CourseId == courseId).OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct);
        var names = await accounts.DisplayNamesAsync(cohorts.SelectMany(c => c.FacilitatorIds), ct);
        var list = new List<CohortDto>();
        foreach (var c in cohorts)
        {
            var count = await seats.CountAsync(new SeatedThing(Cohort.SeatKind, c.Id), ct) ?? new SeatCount(c.Capacity, 0, 0);
            list.Add(new CohortDto(c.Id, c.CourseId, c.Name.Th, c.Name.En, c.StartsOn, c.EndsOn, count.Capacity, count.Taken, count.Waitlisted, count.Free,
                c.FacilitatorIds.Where(names.ContainsKey).Select(id => names[id]).ToList()));
        }
        return list;
    }
}
