using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>
/// What a pair keeps while it runs: meetings and notes (recorded by its people and the coordinators of both cities),
/// and its named people (added by those coordinators). Also each city's willingness to mentor.
/// </summary>
public sealed class PairRecords(AppDbContext db, PairAccess access, CityAccess cities, CityLookup lookup, AccountDirectory accounts, TimeProvider time)
{
    public Task<MentoringPair?> FindAsync(int id, CancellationToken ct) =>
        db.MentoringPairs.Include(p => p.People).Include(p => p.Meetings).Include(p => p.Notes).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<PairOutcome> AddMeetingAsync(MentoringPair pair, MeetingInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await WritableAsync(pair, user, ct) is { } refused) return refused;
        var today = Common.Localization.ThaiTime.Today(time);
        if (input.Date is null || string.IsNullOrWhiteSpace(input.Notes)) return PairOutcome.Refuse(400, "Mentoring.Error.MeetingDate", nameof(input.Date));
        if (input.Date.Value > today.AddYears(1) || input.Date.Value < today.AddYears(-5))
            return PairOutcome.Refuse(400, "Mentoring.Error.MeetingDate", nameof(input.Date));
        pair.Meetings.Add(new MentoringMeeting
        {
            Date = input.Date.Value, Notes = input.Notes!.Trim(), RecordedBy = CityAccess.UserId(user) ?? Guid.Empty, RecordedAt = Now,
        });
        await db.SaveChangesAsync(ct);
        return pair;
    }

    public async Task<PairOutcome> AddNoteAsync(MentoringPair pair, NoteInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await WritableAsync(pair, user, ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(input.Text)) return PairOutcome.Refuse(400, "Mentoring.Error.EmptyNote", nameof(input.Text));
        pair.Notes.Add(new MentoringNote { Text = input.Text!.Trim(), WrittenBy = CityAccess.UserId(user) ?? Guid.Empty, WrittenAt = Now });
        await db.SaveChangesAsync(ct);
        return pair;
    }

    public async Task<PairOutcome> AddPersonAsync(MentoringPair pair, PersonInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await access.RightsAsync(user, pair, ct);
        if (!rights.CanView) return PairOutcome.Refuse(404, "Mentoring.Error.NotFound");
        if (!Enum.TryParse<PairSide>(input.Side, out var side) || string.IsNullOrEmpty(input.Email))
            return PairOutcome.Refuse(400, "Mentoring.Error.NoAccount", nameof(input.Email));
        // Each side names its own people; admins name anyone.
        var mayName = rights.IsAdmin || (side == PairSide.Mentor ? rights.CoordinatesMentor : rights.CoordinatesMentee);
        if (!mayName) return PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator");
        if (!pair.IsLive) return PairOutcome.Refuse(409, "Mentoring.Error.NotLive");
        if (await accounts.IdByEmailAsync(input.Email!, ct) is not { } userId) return PairOutcome.Refuse(400, "Mentoring.Error.NoAccount", nameof(input.Email));
        if (pair.People.Any(p => p.UserId == userId)) return PairOutcome.Refuse(409, "Mentoring.Error.AlreadyNamed", nameof(input.Email));
        pair.People.Add(new MentoringPerson { UserId = userId, Side = side, AddedAt = Now });
        await db.SaveChangesAsync(ct);
        return pair;
    }

    public async Task<bool> IsWillingAsync(int cityId, CancellationToken ct) =>
        await db.MentorWillingness.AnyAsync(w => w.CityId == cityId && w.Willing, ct);

    /// <summary>Sets a city's willingness to mentor: 200, or 404 for no such city, 403 for a person who may not act for it.</summary>
    public async Task<int> SetWillingAsync(int cityId, bool willing, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await lookup.FindAsync(cityId, ct) is null) return 404;
        if (!await cities.CanEditAsync(user, cityId, ct)) return 403;
        var row = await db.MentorWillingness.FirstOrDefaultAsync(w => w.CityId == cityId, ct);
        if (row is null) db.MentorWillingness.Add(row = new MentorWillingness { CityId = cityId });
        row.Willing = willing;
        row.UpdatedBy = CityAccess.UserId(user);
        row.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return 200;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<PairOutcome?> WritableAsync(MentoringPair pair, ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await access.RightsAsync(user, pair, ct);
        if (!rights.CanView) return PairOutcome.Refuse(404, "Mentoring.Error.NotFound");
        if (!rights.CanReadNotes) return PairOutcome.Refuse(403, "Mentoring.Error.NotPairPerson");
        if (pair.Status != PairStatus.Active) return PairOutcome.Refuse(409, "Mentoring.Error.NotActive");
        return null;
    }
}
