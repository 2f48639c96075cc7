using System.Net;
using System.Net.Http.Json;
using System.Text;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingDecisionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_panel_ranks_by_normalised_score_with_mean_median_and_disagreement()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync(disagreement: 25);
        var (strong, _) = await factory.SubmittedApplicationAsync(cycle);
        var (weak, _) = await factory.SubmittedApplicationAsync(cycle);
        var lenient = await factory.JudgeOnPanelAsync(admin, cycle);
        var harsh = await factory.JudgeOnPanelAsync(admin, cycle);
        // Lenient: strong 100, weak 60. Harsh: strong 80, weak 20 (level 1 of 5). Each judge: z +1 and −1.
        await lenient.Client.ScoreAllAndSubmitAsync(cycle, await admin.AssignedAsync(cycle, weak, lenient), 3);
        await lenient.Client.ScoreAllAndSubmitAsync(cycle, await admin.AssignedAsync(cycle, strong, lenient), 5);
        await harsh.Client.ScoreAllAndSubmitAsync(cycle, await admin.AssignedAsync(cycle, weak, harsh), 1);
        await harsh.Client.ScoreAllAndSubmitAsync(cycle, await admin.AssignedAsync(cycle, strong, harsh), 4);

        var panel = await (await admin.GetAsync($"{cycle.Url}/panel")).ExpectJsonAsync();
        var rows = panel.GetProperty("categories")[0].GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal([strong, weak], rows.Select(r => r.GetProperty("applicationId").GetInt32()).ToArray());
        Assert.Equal((1, 90.0, 90.0, 1.0, false), (rows[0].GetProperty("rank").GetInt32(), rows[0].GetProperty("mean").GetDouble(),
            rows[0].GetProperty("median").GetDouble(), rows[0].GetProperty("normalisedZ").GetDouble(), rows[0].GetProperty("disagreement").GetBoolean()));
        // weak: 60 and 20 → mean 40, spread 40 > 25.
        Assert.Equal((40.0, 40.0, -1.0, true), (rows[1].GetProperty("mean").GetDouble(), rows[1].GetProperty("spread").GetDouble(),
            rows[1].GetProperty("normalisedZ").GetDouble(), rows[1].GetProperty("disagreement").GetBoolean()));
        // Panel mean 65, sd of [100, 60, 80, 20] = sqrt((1225 + 25 + 225 + 2025) / 4) = 29.58 → 94.58 and 35.42.
        Assert.Equal((94.58, 35.42), (rows[0].GetProperty("normalised").GetDouble(), rows[1].GetProperty("normalised").GetDouble()));
        Assert.Equal((2, 2), (rows[0].GetProperty("assigned").GetInt32(), rows[0].GetProperty("submitted").GetInt32()));
    }

    [Fact]
    public async Task A_decision_needs_a_known_outcome_and_a_rationale_and_is_audited()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle);
        var url = $"{cycle.Url}/applications/{application}/decision";
        Assert.Contains("เหตุผล", await (await admin.PostAsJsonAsync(url, new { outcome = "Winner", rationale = "  " })).DetailAsync(HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(url, new { outcome = "Champion", rationale = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(url, new { outcome = "7", rationale = "x" })).StatusCode);
        var decided = await (await admin.PostAsJsonAsync(url, new { outcome = "Winner", rationale = "ผลลัพธ์ที่พิสูจน์ได้และขยายผล" })).ExpectJsonAsync();
        Assert.Equal("Winner", decided.GetProperty("outcome").GetString());
        await (await admin.PostAsJsonAsync($"{cycle.Url}/applications/{application}/shortlist", new { shortlisted = true })).ExpectJsonAsync();
        var stored = await factory.WithDbAsync(db => db.AwardApplications.SingleAsync(a => a.Id == application));
        Assert.Equal((true, "ผลลัพธ์ที่พิสูจน์ได้และขยายผล", true, true), (stored.Shortlisted, stored.Rationale, stored.DecidedAt is not null, stored.DecidedBy is not null));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "AwardApplication" && e.EntityId == application.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["awards.decision", "awards.shortlist"], actions.Order().ToArray());
    }

    [Fact]
    public async Task After_the_lock_nothing_changes()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle);
        var (other, _) = await factory.SubmittedApplicationAsync(cycle);
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var assignment = await admin.AssignedAsync(cycle, application, judge);
        await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 3)).ExpectJsonAsync();
        var spare = await factory.JudgeOnPanelAsync(admin, cycle);
        var unscored = await admin.AssignedAsync(cycle, other, spare);

        await (await admin.PostAsync($"{cycle.Url}/lock", null)).ExpectJsonAsync();
        var newcomer = await factory.CreateAsync(LearningCity.Common.Auth.Roles.Judge);
        var csv = new StringContent($"application_id,judge_email\n{other},{judge.User.Email}\n", Encoding.UTF8, "text/csv");
        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["add judge"] = await admin.PostAsJsonAsync($"{cycle.Url}/judges", new { email = newcomer.Email }),
            ["remove judge"] = await admin.DeleteAsync($"{cycle.Url}/judges/{spare.JudgeId}"),
            ["assign"] = await admin.AssignAsync(cycle, other, judge),
            ["unassign"] = await admin.DeleteAsync($"{cycle.Url}/assignments/{unscored}"),
            ["automatic"] = await admin.PostAsync($"{cycle.Url}/assignments/automatic", null),
            ["csv"] = await admin.PostAsync($"{cycle.Url}/assignments/import?dryRun=false", csv),
            ["score"] = await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 5, version: 1),
            ["submit"] = await judge.Client.PostAsync($"/api/v1/awards/judging/{assignment}/submit", null),
            ["conflict"] = await judge.Client.PostAsJsonAsync($"/api/v1/awards/judging/{assignment}/conflict", new { reason = "late" }),
            ["shortlist"] = await admin.PostAsJsonAsync($"{cycle.Url}/applications/{application}/shortlist", new { shortlisted = true }),
            ["decision"] = await admin.PostAsJsonAsync($"{cycle.Url}/applications/{application}/decision", new { outcome = "Winner", rationale = "หลังล็อก" }),
            ["lock"] = await admin.PostAsync($"{cycle.Url}/lock", null),
        };
        foreach (var (call, response) in refused)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Conflict && text.Contains("ถูกล็อกแล้ว"), $"{call}: {(int)response.StatusCode} {text}");
        }
        var state = await factory.WithDbAsync(async db => (
            await db.JudgeAssignments.CountAsync(a => a.CycleId == cycle.Id),
            await db.JudgeScores.Where(s => s.AssignmentId == assignment).Select(s => s.Score).SingleAsync(),
            await db.AwardApplications.Where(a => a.Id == application).Select(a => a.Shortlisted || a.DecidedAt != null).SingleAsync(),
            await db.AwardJudges.CountAsync(j => j.CycleId == cycle.Id)));
        Assert.Equal((2, 3, false, 2), state);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "awards.cycle.lock" && e.EntityId == cycle.Id.ToString())));
    }
}
