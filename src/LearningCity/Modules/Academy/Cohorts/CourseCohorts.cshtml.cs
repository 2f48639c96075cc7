using LearningCity.Common.Auth;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Academy.Cohorts;

/// <summary>A course's cohorts for its authors: the list with places taken and waiting, and a form for a new one.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CourseCohortsModel(CourseAuthoring authoring, CohortPlanning planning) : PageModel
{
    public Course Course { get; private set; } = null!;
    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];
    [BindProperty] public CohortInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Clear();
        var (_, errors) = await planning.CreateAsync(Course, Input, CityAccess.UserId(User)!.Value, ct);
        if (errors is not null)
        {
            foreach (var (key, messages) in errors) foreach (var m in messages) ModelState.AddModelError($"Input.{key}", m);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Flash"] = "Academy.Flash.CohortCreated";
        return Redirect($"/academy/courses/{id}/cohorts");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(User, course)) return NotFound();
        if (!CourseAccess.CanEdit(User, course)) return StatusCode(StatusCodes.Status403Forbidden);
        Course = course;
        Cohorts = await planning.ListAsync(id, ct);
        return null;
    }
}
