using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Platform;

public sealed class DemoSeedTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task First_run_creates_demo_accounts_whose_generated_passwords_work()
    {
        var file = Path.Combine(factory.Database.Directory, "demo-accounts.txt");
        var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal(2, lines.Count(l => l.StartsWith("judge", StringComparison.Ordinal) && l.EndsWith("\tJudge", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("reviewer@", StringComparison.Ordinal) && l.EndsWith("\tReviewer", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("researcher@", StringComparison.Ordinal) && l.EndsWith("\tResearcher", StringComparison.Ordinal));
        var coordinatorLine = lines.Single(l => l.StartsWith("coordinator.", StringComparison.Ordinal)).Split('\t');
        var client = await factory.LoginAsync(new TestUser(Guid.Empty, coordinatorLine[0], coordinatorLine[1], null));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", TestContext.Current.CancellationToken);
        Assert.Contains("Coordinator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task First_run_shows_two_assessment_cycles_with_validated_cities_and_the_demo_coordinators_draft()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/assessment/dashboard");
        Assert.NotEqual("0", page.QuerySelector("[data-testid=validated-count]")!.TextContent.Trim());
        Assert.Contains("2569", page.QuerySelector("#cycle option[selected]")!.TextContent);
        var states = await factory.WithDbAsync(db => db.CityAssessments.Join(db.Cities, a => a.CityId, c => c.Id, (a, c) => new { a.Status, c.ProvinceCode, a.CycleId })
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(states, s => s.ProvinceCode == "TH-50" && s.Status == LearningCity.Modules.Assessment.Data.AssessmentStatus.Draft);
        Assert.Contains(states, s => s.Status == LearningCity.Modules.Assessment.Data.AssessmentStatus.Submitted);
        Assert.Equal(2, states.Select(s => s.CycleId).Distinct().Count());
    }

    [Fact]
    public async Task First_run_shows_an_open_award_call_with_the_demo_coordinators_draft_application()
    {
        var states = await factory.WithDbAsync(db => (from a in db.AwardApplications join c in db.Cities on a.CityId equals c.Id
                                                      join y in db.AwardCycles on a.CycleId equals y.Id
                                                      where y.IsDemo && y.PublishedAt == null
                                                      select new { a.Status, c.ProvinceCode }).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(states, s => s.ProvinceCode == "TH-50" && s.Status == LearningCity.Modules.Awards.Data.ApplicationStatus.Draft);
        Assert.Contains(states, s => s.Status == LearningCity.Modules.Awards.Data.ApplicationStatus.Submitted);

        // The demo coordinator finds Chiang Mai's draft on /awards and can open it.
        var lines = await File.ReadAllLinesAsync(Path.Combine(factory.Database.Directory, "demo-accounts.txt"), TestContext.Current.CancellationToken);
        var coordinator = lines.Single(l => l.StartsWith("coordinator.", StringComparison.Ordinal)).Split('\t');
        var client = await factory.LoginAsync(new TestUser(Guid.Empty, coordinator[0], coordinator[1], null));
        var draft = await factory.WithDbAsync(db => (from a in db.AwardApplications join c in db.Cities on a.CityId equals c.Id
                                                     where c.ProvinceCode == "TH-50" && a.IsDemo select a.Id).SingleAsync(TestContext.Current.CancellationToken));
        var page = await client.GetPageAsync($"/awards/applications/{draft}");
        Assert.Contains("ผู้บริหาร", page.Body!.TextContent);
    }

    [Fact]
    public async Task Demo_cities_are_marked_as_demo()
    {
        var demo = await factory.WithDbAsync(db => Task.FromResult(db.Cities.Count(c => c.IsDemo)));
        Assert.True(demo >= 6);
    }

    [Fact]
    public async Task The_demo_learner_has_a_public_passport_with_verified_hours_a_badge_and_an_upcoming_ticket()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/passport/demo-learner");
        Assert.NotEqual("0", page.QuerySelector("#verified-hours")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#badges li"));
        Assert.NotEmpty(page.QuerySelectorAll("#declared tbody tr"));

        var learnerLine = (await File.ReadAllLinesAsync(Path.Combine(factory.Database.Directory, "demo-accounts.txt"), TestContext.Current.CancellationToken))
            .Single(l => l.StartsWith("learner@", StringComparison.Ordinal)).Split('\t');
        var client = await factory.LoginAsync(new TestUser(Guid.Empty, learnerLine[0], learnerLine[1], null));
        var registrations = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/registrations", TestContext.Current.CancellationToken);
        Assert.Contains(registrations.EnumerateArray(), r => r.GetProperty("status").GetString() == "confirmed" && r.GetProperty("attendedAt").ValueKind == JsonValueKind.Null);
        var activities = await factory.CreateBrowserlessClient().GetPageAsync("/activities");
        Assert.True(activities.QuerySelectorAll("#activity-list a[href^='/activities/']").Length >= 5);
    }
    [Fact]
    public async Task First_run_shows_a_demo_learner_who_finished_the_quiz_course_and_a_cohort_running_now()
    {
        var ct = TestContext.Current.CancellationToken;
        var learner = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "learner@demo.learningcity.local").Select(u => u.Id).SingleAsync(ct));
        var completed = await factory.WithDbAsync(db => db.Enrolments.SingleAsync(e => e.UserId == learner && e.Status == LearningCity.Modules.Academy.Data.EnrolmentStatus.Completed, ct));
        Assert.NotNull(completed.CredentialId);
        Assert.Equal(6m, completed.Hours);
        Assert.True(await factory.WithDbAsync(db => db.QuizAttempts.AnyAsync(a => a.EnrolmentId == completed.Id && a.Passed, ct)));
        Assert.True(await factory.WithDbAsync(db => db.IssuedCredentials.AnyAsync(c => c.Id == completed.CredentialId && c.SourceKey == $"academy-enrolment:{completed.Id}", ct)));
        var certificate = await factory.CreateBrowserlessClient().GetAsync($"/credentials/{completed.CredentialId}", ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, certificate.StatusCode);

        var cohort = await factory.WithDbAsync(db => db.Cohorts.SingleAsync(c => c.IsDemo, ct));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7));
        Assert.True(cohort.StartsOn <= today && today <= cohort.EndsOn);
        var coordinator = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "coordinator.chiangmai@demo.learningcity.local").Select(u => u.Id).SingleAsync(ct));
        Assert.Equal([coordinator], cohort.FacilitatorIds);
        var members = await factory.WithDbAsync(db => db.Enrolments.Include(e => e.Progress).Where(e => e.CohortId == cohort.Id).ToListAsync(ct));
        Assert.Equal(3, members.Count);
        Assert.All(members, m => Assert.Equal(LearningCity.Modules.Academy.Data.EnrolmentStatus.Active, m.Status));
        Assert.Contains(members, m => m.Progress.Count > 0);
    }
}
