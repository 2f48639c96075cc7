using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Api;
using LearningCity.Modules.Academy.Cohorts;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Team;

/// <summary>A city's team in the Academy, for its coordinators and admins: enrol people of the city together and follow their progress.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CityTeamModel(CityAccess access, CityLookup cities, TeamEnrolment team, EnrolmentReading reading, AccountDirectory accounts,
    CohortPlanning cohorts, AppDbContext db) : PageModel
{
    public CitySummary City { get; private set; } = null!;
    public TeamProgressDto Progress { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Title)> Courses { get; private set; } = [];
    public IReadOnlyList<(CohortDto Cohort, string Course)> Cohorts { get; private set; } = [];
    public IReadOnlyList<TeamEnrolmentOutcome> Outcomes { get; private set; } = [];
    [BindProperty] public TeamEnrolmentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int cityId, CancellationToken ct) => await LoadAsync(cityId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int cityId, CancellationToken ct)
    {
        if (await LoadAsync(cityId, ct) is { } denied) return denied;
        ModelState.Clear();
        var (outcomes, errors) = await team.EnrolAsync(cityId, Input, CityAccess.UserId(User)!.Value, ct);
        if (errors is not null)
        {
            foreach (var (key, messages) in errors) foreach (var m in messages) ModelState.AddModelError($"Input.{key}", m);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else TempData["Flash"] = "Academy.Flash.TeamEnrolled";
        Outcomes = outcomes ?? [];
        await LoadAsync(cityId, ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int cityId, CancellationToken ct)
    {
        if (await cities.FindAsync(cityId, ct) is not { } city) return NotFound();
        if (!await access.CanEditAsync(User, cityId, ct)) return Forbid();
        City = city;
        Progress = await TeamApi.ReadAsync(cityId, team, reading, accounts, ct);
        var published = await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published)
            .OrderBy(c => c.Capacity).ThenBy(c => c.Title.Th).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        Courses = published.Select(c => (c.Id, c.Title.Current)).ToList();
        var list = new List<(CohortDto, string)>();
        foreach (var c in published)
            list.AddRange((await cohorts.ListAsync(c.Id, ct)).Select(x => (x, c.Title.Current)));
        Cohorts = list;
        return null;
    }
}
