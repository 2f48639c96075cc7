using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;

namespace LearningCity.Modules.Academy.Team;

/// <summary>A city coordinator enrolling people of their city together on a course (self-paced, or in one of its cohorts).</summary>
public sealed class TeamEnrolmentInput
{
    public int? CourseId { get; set; }
    public int? CohortId { get; set; }
    /// <summary>1–100 people, each of whom belongs to the city (see <c>GET .../team-progress</c> for the members).</summary>
    public List<Guid>? UserIds { get; set; }
}

/// <summary>Per person: "Enrolled", "Waitlisted" or "AlreadyEnrolled".</summary>
public sealed record TeamEnrolmentOutcome(Guid UserId, string DisplayName, string Outcome);

public sealed class TeamEnrolment(Enrolments enrolments, AccountDirectory accounts, CityLookup cities, CourseAuthoring authoring, JsonStringLocalizer l)
{
    public async Task<List<CityMember>> MembersAsync(int cityId, CancellationToken ct) =>
        await cities.FindAsync(cityId, ct) is { } city ? await accounts.MembersOfCityAsync(cityId, city.ProvinceCode, 500, ct) : [];

    public async Task<(List<TeamEnrolmentOutcome>? Outcomes, Dictionary<string, string[]>? Errors)> EnrolAsync(
        int cityId, TeamEnrolmentInput input, Guid coordinatorId, CancellationToken ct)
    {
        var course = input.CourseId is { } courseId ? await authoring.FindAsync(courseId, ct) : null;
        if (course is null || course.Status != CourseStatus.Published) return (null, Error("courseId", "Academy.Error.Team.Course"));
        var ids = (input.UserIds ?? []).Distinct().ToList();
        if (ids.Count is 0 or > 100) return (null, Error("userIds", "Academy.Error.Team.People"));
        var members = (await MembersAsync(cityId, ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        if (ids.Any(id => !members.ContainsKey(id))) return (null, Error("userIds", "Academy.Error.Team.NotInCity"));
        var outcomes = new List<TeamEnrolmentOutcome>();
        foreach (var id in ids)
        {
            var result = await enrolments.EnrolAsync(course, id, input.CohortId, cityId, coordinatorId, ct);
            if (result.Refused is { Key: "Academy.Error.AlreadyEnrolled" })
                outcomes.Add(new TeamEnrolmentOutcome(id, members[id], "AlreadyEnrolled"));
            else if (result.Refused is { } refused)
                return (outcomes.Count == 0 ? null : outcomes, Error(input.CohortId is null ? "courseId" : "cohortId", refused.Key));
            else
                outcomes.Add(new TeamEnrolmentOutcome(id, members[id], result.Enrolment!.Status == EnrolmentStatus.Waitlisted ? "Waitlisted" : "Enrolled"));
        }
        return (outcomes, null);
    }

    private Dictionary<string, string[]> Error(string field, string key) => new() { [field] = [l[key].Value] };
}
