using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>
/// Asking for a pair and answering: a coordinator of one city asks (usually the mentee, from a suggestion), the other
/// city's coordinators are told and accept or decline. Refused: a city paired with itself, a second live pair of the
/// same two cities, asking for a city one does not coordinate, a mentor that has not agreed to mentor, answering one's own request.
/// </summary>
public sealed class PairRequests(AppDbContext db, CityAccess access, CityLookup cities, PairAccess pairs, PairNotices notices, PairForumSpace space, TimeProvider time)
{
    public const int MaxIndicators = 10;

    public async Task<PairOutcome> RequestAsync(PairRequestInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        input.Normalize();
        if (input.Indicators is not { Count: > 0 } codes) return PairOutcome.Refuse(400, "Mentoring.Error.NoIndicators", nameof(input.Indicators));
        if (codes.Count > MaxIndicators || !codes.All(PairRequestInput.IsCode)) return PairOutcome.Refuse(400, "Mentoring.Error.BadIndicators", nameof(input.Indicators));
        int mentor = input.MentorCityId!.Value, mentee = input.MenteeCityId!.Value;
        if (mentor == mentee) return PairOutcome.Refuse(400, "Mentoring.Error.SameCity", nameof(input.MentorCityId));
        var found = await cities.FindManyAsync([mentor, mentee], ct);
        if (!found.TryGetValue(mentor, out var m) || !m.IsApproved) return PairOutcome.Refuse(400, "Mentoring.Error.NoCity", nameof(input.MentorCityId));
        if (!found.TryGetValue(mentee, out var e) || !e.IsApproved) return PairOutcome.Refuse(400, "Mentoring.Error.NoCity", nameof(input.MenteeCityId));

        var forMentee = await access.CanEditAsync(user, mentee, ct);
        var forMentor = await access.CanEditAsync(user, mentor, ct);
        if (!forMentee && !forMentor) return PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator");
        // An admin, or a coordinator of both, asks for the mentee: the mentor's side answers.
        var side = forMentee ? PairSide.Mentee : PairSide.Mentor;
        if (side == PairSide.Mentee && !await db.MentorWillingness.AnyAsync(w => w.CityId == mentor && w.Willing, ct))
            return PairOutcome.Refuse(409, "Mentoring.Error.NotWilling");
        if (await db.MentoringPairs.AnyAsync(p => (p.Status == PairStatus.Proposed || p.Status == PairStatus.Active)
                && ((p.MentorCityId == mentor && p.MenteeCityId == mentee) || (p.MentorCityId == mentee && p.MenteeCityId == mentor)), ct))
            return PairOutcome.Refuse(409, "Mentoring.Error.Duplicate");

        var now = time.GetUtcNow().UtcDateTime;
        var me = CityAccess.UserId(user) ?? Guid.Empty;
        var pair = new MentoringPair
        {
            MentorCityId = mentor, MenteeCityId = mentee, RequestedBySide = side, Indicators = codes,
            Goals = new BilingualText(input.GoalsTh ?? "", input.GoalsEn), Status = PairStatus.Proposed,
            RequestedBy = me, RequestedAt = now, UpdatedAt = now, Version = 1,
        };
        // The person who asks is named on their side when they coordinate that city (an admin acting for it is not).
        if ((await access.ScopedCityIdsAsync(user, ct)).Contains(pair.CityOf(side))) pair.People.Add(new MentoringPerson { UserId = me, Side = side, AddedAt = now });
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync(ct);
        await notices.RequestedAsync(pair, ct);
        await db.SaveChangesAsync(ct);
        return pair;
    }

    /// <summary>Accept (the pair becomes active) or decline a proposal, as a coordinator of the side that did not ask.</summary>
    public async Task<PairOutcome> AnswerAsync(MentoringPair pair, bool accept, ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await pairs.RightsAsync(user, pair, ct);
        if (!rights.CanView) return PairOutcome.Refuse(404, "Mentoring.Error.NotFound");
        var me = CityAccess.UserId(user) ?? Guid.Empty;
        if (pair.Status != PairStatus.Proposed) return PairOutcome.Refuse(409, "Mentoring.Error.NotProposed");
        if (me == pair.RequestedBy) return PairOutcome.Refuse(409, "Mentoring.Error.OwnRequest");
        if (!rights.CanRespondFor(pair)) return PairOutcome.Refuse(403, "Mentoring.Error.NotOtherSide");

        var now = time.GetUtcNow().UtcDateTime;
        pair.Status = accept ? PairStatus.Active : PairStatus.Declined;
        pair.RespondedBy = me;
        pair.RespondedAt = now;
        pair.UpdatedAt = now;
        if (!accept) pair.EndedAt = now;
        if (accept && pair.People.All(p => p.UserId != me) && (await access.ScopedCityIdsAsync(user, ct)).Contains(pair.CityOf(pair.Responding)))
            pair.People.Add(new MentoringPerson { UserId = me, Side = pair.Responding, AddedAt = now });
        await notices.AnsweredAsync(pair, accept, ct);
        var saved = await SaveAsync(pair, ct);
        // The pair's private forum space opens with the pair (its own save: a space is harmless if ever left unused).
        if (accept && !saved.Refused) await space.OpenAsync(pair, ct);
        return saved;
    }

    /// <summary>Withdraw a proposal or an active pair, or mark an active pair completed: either city's coordinators or admins.</summary>
    public async Task<PairOutcome> EndAsync(MentoringPair pair, PairStatus end, ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await pairs.RightsAsync(user, pair, ct);
        if (!rights.CanView) return PairOutcome.Refuse(404, "Mentoring.Error.NotFound");
        if (!rights.CanManage) return PairOutcome.Refuse(403, "Mentoring.Error.NotCoordinator");
        var allowed = end == PairStatus.Completed ? pair.Status == PairStatus.Active : pair.IsLive;
        if (!allowed) return PairOutcome.Refuse(409, end == PairStatus.Completed ? "Mentoring.Error.NotActive" : "Mentoring.Error.NotLive");
        var now = time.GetUtcNow().UtcDateTime;
        pair.Status = end;
        pair.EndedAt = now;
        pair.UpdatedAt = now;
        await notices.EndedAsync(pair, ct);
        return await SaveAsync(pair, ct);
    }

    /// <summary>Two answers at once (both coordinators accept, or one accepts while the other withdraws): the second is refused.</summary>
    private async Task<PairOutcome> SaveAsync(MentoringPair pair, CancellationToken ct)
    {
        pair.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
            return pair;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PairOutcome.Refuse(409, "Mentoring.Error.Changed");
        }
    }
}
