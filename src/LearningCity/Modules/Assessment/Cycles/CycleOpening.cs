using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Cycles;

public sealed record CycleInput(int? YearBe, int? FrameworkId, DateOnly? Deadline, string? NameTh, string? NameEn);

/// <summary>An admin opens a cycle: a Buddhist-Era year (one cycle per year), a published framework version and a deadline.</summary>
public sealed class CycleOpening(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<(AssessmentCycle? Cycle, List<ValueErrorKey> Errors)> OpenAsync(CycleInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new List<ValueErrorKey>();
        if (input.YearBe is not (>= 2560 and <= 2700)) errors.Add(new("yearBe", "Assessment.Cycle.Year"));
        else if (await db.AssessmentCycles.AnyAsync(c => c.YearBe == input.YearBe, ct)) errors.Add(new("yearBe", "Assessment.Cycle.YearTaken"));
        if (input.FrameworkId is not { } frameworkId || !await db.IndicatorFrameworks.AnyAsync(f => f.Id == frameworkId && f.Status == FrameworkStatus.Published, ct))
            errors.Add(new("frameworkId", "Assessment.Cycle.Framework"));
        var today = ThaiTime.Today(time);
        if (input.Deadline is not { } deadline || deadline < today) errors.Add(new("deadline", "Assessment.Cycle.Deadline"));
        if (input.NameTh?.Length > 300 || input.NameEn?.Length > 300) errors.Add(new("nameTh", "Assessment.Value.TooLong"));
        if (errors.Count > 0) return (null, errors);
        var cycle = new AssessmentCycle
        {
            YearBe = input.YearBe!.Value, FrameworkId = input.FrameworkId!.Value, Deadline = input.Deadline!.Value, CreatedAt = time.GetUtcNow().UtcDateTime,
            Name = new BilingualText(string.IsNullOrWhiteSpace(input.NameTh) ? $"การประเมินตนเองเมืองแห่งการเรียนรู้ ปี {input.YearBe}" : input.NameTh.Trim(),
                string.IsNullOrWhiteSpace(input.NameEn) ? $"Learning city self-assessment {input.YearBe - 543}" : input.NameEn.Trim()),
        };
        db.AssessmentCycles.Add(cycle);
        audit.Record("cycle.open", "AssessmentCycle", cycle.YearBe, null, new { cycle.YearBe, cycle.FrameworkId, cycle.Deadline }, user);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return (null, [new("yearBe", "Assessment.Cycle.YearTaken")]); }
        return (cycle, []);
    }
}

public sealed record ValueErrorKey(string Field, string Key);
