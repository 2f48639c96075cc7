using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningCity.Tests.Security;

/// <summary>
/// Fills an endpoint's route parameters with the ids of one world's fixture items, chosen by the parameter's name
/// and the path it stands in. An endpoint with a parameter nobody has given a value yet is not called, and the test
/// fails naming it.
/// </summary>
internal static partial class MatrixRoutes
{
    /// <summary>The first route parameter the fixture has no value for, if any: the endpoint cannot be called until one is added here.</summary>
    public static string? Unfilled(MatrixEndpoint endpoint, MatrixFixture f, MatrixWorld w) =>
        Parameter().Matches(endpoint.Route).Where(m => !m.Groups["optional"].Success)
            .Select(m => m.Groups["name"].Value).FirstOrDefault(name => Value(name, endpoint.Route, f, w) is null);

    public static string Url(MatrixEndpoint endpoint, MatrixFixture f, MatrixWorld w)
    {
        var path = Parameter().Replace(endpoint.Route, m => Value(m.Groups["name"].Value, endpoint.Route, f, w) ?? "");
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var query = endpoint.Handler is null ? [] : new List<string> { $"handler={endpoint.Handler}" };
        if (endpoint.Method == "GET" || !endpoint.IsPage)
            query.AddRange(Fields(endpoint, f, w).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>
    /// Values for what a caller sends besides the route, where the fixture has one: a page handler's parameters
    /// (a reported item's id, a session, a criterion), and the city a minimal API is asked about (its other query
    /// parameters keep their defaults).
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Fields(MatrixEndpoint endpoint, MatrixFixture f, MatrixWorld w)
    {
        var inRoute = Parameter().Matches(endpoint.Route).Select(m => m.Groups["name"].Value).ToHashSet();
        foreach (var name in endpoint.Parameters.Where(p => !inRoute.Contains(p) && (endpoint.IsPage || p is "cityId" or "city")))
            if (Value(name, endpoint.Route, f, w) is { } value) yield return new(name, value);
    }

    private static string? Value(string name, string route, MatrixFixture f, MatrixWorld w)
    {
        bool Under(params string[] prefixes) => prefixes.Any(p => route.StartsWith(p, StringComparison.Ordinal) || route == p.TrimEnd('/'));
        object? value = name switch
        {
            "id" when Under("/forum/t/", "/api/v1/forum/topics/") => w.ForumTopicId,
            "id" when Under("/forum/p/", "/api/v1/forum/posts/") => w.ForumPostId,
            "id" when Under("/api/v1/forum/categories/") => w.ForumCategoryId,
            "postId" when Under("/forum/") => w.ForumPostId,
            "slug" when Under("/forum/") => w.ForumCategorySlug,
            "code" when Under("/forum/") => "B2.1",
            "id" when Under("/academy/courses/", "/api/v1/academy/courses/") => w.CourseId,
            "lessonId" when Under("/academy/courses/", "/api/v1/academy/courses/") => w.CourseFileLessonId,
            "id" when Under("/achievements/", "/api/v1/achievements/", "/credentials/achievements/") => w.AchievementId,
            "id" when Under("/activities/", "/api/v1/activities/") => w.ActivityId,
            "id" when Under("/admin/organisations/", "/api/v1/admin/organisations/") => f.OrganisationId,
            "id" when Under("/admin/users/", "/api/v1/admin/users/") => w.SubjectUserId,
            "id" when Under("/api/v1/admin/reports/") => w.ReportId,
            "id" when Under("/api/v1/assessments/frameworks/", "/assessment/frameworks") => w.DraftFrameworkId,
            "id" when Under("/api/v1/awards/applications/", "/awards/applications/") && route.EndsWith("/feedback", StringComparison.Ordinal) => w.PublishedApplicationId,
            "id" when Under("/api/v1/awards/applications/", "/awards/applications/") => w.ApplicationId,
            "id" when Under("/api/v1/awards/cycles/", "/awards/cycles/") && route.EndsWith("/results", StringComparison.Ordinal) => w.PublishedCycleId,
            "id" when Under("/api/v1/awards/cycles/", "/awards/cycles/") => w.AwardCycleId,
            "id" when Under("/api/v1/awards/mentoring/") => w.MentoringId,
            "id" when Under("/mentoring/pairs/", "/api/v1/mentoring/pairs/") => w.MentoringPairId,
            "id" when route.EndsWith("/approve", StringComparison.Ordinal) || route.EndsWith("/reject", StringComparison.Ordinal) => w.PendingCityId,
            "id" when Under("/api/v1/cities/", "/cities/") => f.CityId,
            "id" when Under("/api/v1/credentials/", "/credentials/") => w.CredentialId,
            "id" when Under("/api/v1/funding/", "/funding/") => w.FundingId,
            "id" when Under("/api/v1/import/jobs/", "/import/jobs/") => w.ImportJobId,
            "id" when Under("/api/v1/me/notifications/") => w.NotificationId,
            "id" when Under("/api/v1/me/passport/self-declared/", "/me/passport/learning/") => w.SelfDeclaredId,
            "id" when Under("/api/v1/me/registrations/", "/me/registrations/") => w.RegistrationId,
            "id" when Under("/api/v1/research/", "/research/") => w.ResearchId,
            "id" when Under("/admin/search/synonyms/") => w.SynonymId,
            "id" when Under("/api/v1/search/synonyms/") => w.ApiSynonymId, // the page deletes the other one
            "id" when Under("/api/v1/resources/", "/resources/") => w.ResourceId,
            "id" when Under("/api/v1/spaces/", "/spaces/") => w.SpaceId,
            "entryId" => w.SecondSelfDeclaredId, // the API deletes the first one
            "notificationId" => w.NotificationId,
            "reportId" => w.ReportId,
            "judgeUserId" => f.Users[Persona.Judge].Id,
            "sessionId" => w.SessionId,
            "registrationId" => w.RegistrationId,
            "TicketCode" => w.TicketCode,
            "appId" or "applicationId" => w.ApplicationId,
            "assignmentId" => w.AssignmentId,
            "criterionId" => w.CriterionId,
            "categoryId" => w.CategoryId,
            "judgeId" => w.JudgeId,
            "cycleId" when Under("/api/v1/awards/", "/awards/") => w.AwardCycleId,
            "cycleId" when Under("/api/v1/assessments/", "/assessment/") => w.AssessmentCycleId,
            "cityId" when Under("/api/v1/admin/users/", "/admin/users/") => f.OtherCityId,
            "cityId" when Under("/admin/cities") => w.PendingCityId,
            "cityId" or "city" => f.CityId,
            "organisationId" => f.OrganisationId,
            "role" => "Organizer",
            "code" when Under("/api/v1/assessments/frameworks/") => w.DraftIndicatorCode,
            "code" when Under("/api/v1/assessments/", "/assessment/") => w.IndicatorCode,
            "name" when Under("/api/v1/assessments/") => w.EvidenceFile,
            "name" when Under("/api/v1/awards/") => w.ApplicationFile,
            "name" when Under("/files/") => f.PublicImage,
            "chart" => "distribution",
            "kind" => "space",
            "extension" => "csv",
            "set" => "resources",
            "lang" => "th",
            "token" => f.CalendarToken,
            "slug" => f.PassportSlug,
            "documentName" when Under("/openapi/") => "v1",
            "status" when Under("/error") => 400, // the error page answers the status it shows
            _ => null,
        };
        return value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The JSON body of an API call: an empty object, except where the input is checked before the caller and the
    /// check of who may call would otherwise never be reached.
    /// </summary>
    public static string JsonBody(MatrixEndpoint endpoint, MatrixFixture f, MatrixWorld w) => endpoint.Key switch
    {
        "POST /api/v1/credentials/{id:guid}/revoke" => """{"reason":"ทดสอบสิทธิ์"}""",
        "POST /api/v1/awards/cycles/{id:int}/applications" => $$"""{"cityId":{{f.CityId}},"categoryId":{{w.CategoryId}}}""",
        _ => "{}",
    };

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}?]*)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
