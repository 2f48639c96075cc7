using System.Security.Claims;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>What one person may do with one pair.</summary>
public sealed record PairRights(bool CanView, bool CanManage, bool CanReadNotes, bool CoordinatesMentor, bool CoordinatesMentee, bool IsAdmin)
{
    /// <summary>May accept or decline: an admin, or a coordinator of the side that did not ask.</summary>
    public bool CanRespondFor(MentoringPair pair) =>
        IsAdmin || (pair.Responding == PairSide.Mentor ? CoordinatesMentor : CoordinatesMentee);
}

/// <summary>
/// Who may do what with a pair: the coordinators of either city and admins manage it; its named people, those
/// coordinators and admins read its meetings and notes; anyone sees an active or completed pair (cities, focus, status).
/// </summary>
public sealed class PairAccess(CityAccess cities)
{
    public static bool IsPublic(MentoringPair pair) => pair.Status is PairStatus.Active or PairStatus.Completed;

    public async Task<PairRights> RightsAsync(ClaimsPrincipal user, MentoringPair pair, CancellationToken ct)
    {
        var admin = CityAccess.IsAdmin(user);
        var mentor = await cities.CanEditAsync(user, pair.MentorCityId, ct);
        var mentee = await cities.CanEditAsync(user, pair.MenteeCityId, ct);
        var me = CityAccess.UserId(user);
        var named = me is { } id && pair.People.Any(p => p.UserId == id);
        var manage = admin || mentor || mentee;
        return new PairRights(IsPublic(pair) || manage || named, manage, manage || named, mentor, mentee, admin);
    }
}
