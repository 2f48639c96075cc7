using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Privacy;

/// <summary>
/// The pairs a person is named in, and the meetings and notes they recorded. On erasure the person is no longer named
/// in any pair, and the pair's records stay (they belong to the two cities) without pointing to the account.
/// </summary>
internal sealed class MentoringPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "mentoring";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        pairs = await db.MentoringPeople.AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.MentoringPairs, p => p.PairId, x => x.Id, (p, x) => new { pairId = x.Id, side = p.Side.ToString(), status = x.Status.ToString(), x.MentorCityId, x.MenteeCityId, p.AddedAt })
            .ToListAsync(ct),
        requested = await db.MentoringPairs.AsNoTracking().Where(p => p.RequestedBy == userId).Select(p => new { pairId = p.Id, p.RequestedAt }).ToListAsync(ct),
        meetings = await db.MentoringMeetings.AsNoTracking().Where(m => m.RecordedBy == userId).Select(m => new { m.PairId, m.Date, m.Notes, m.RecordedAt }).ToListAsync(ct),
        notes = await db.MentoringNotes.AsNoTracking().Where(n => n.WrittenBy == userId).Select(n => new { n.PairId, n.Text, n.WrittenAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.MentoringPeople.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.MentoringPairs.Where(p => p.RequestedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(p => p.RequestedBy, Guid.Empty), ct);
        await db.MentoringPairs.Where(p => p.RespondedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(p => p.RespondedBy, (Guid?)null), ct);
        await db.MentoringMeetings.Where(m => m.RecordedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(m => m.RecordedBy, Guid.Empty), ct);
        await db.MentoringNotes.Where(n => n.WrittenBy == userId).ExecuteUpdateAsync(u => u.SetProperty(n => n.WrittenBy, Guid.Empty), ct);
        await db.MentorWillingness.Where(w => w.UpdatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(w => w.UpdatedBy, (Guid?)null), ct);
    }
}
