using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Academy.Authoring;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewCourseModel(CourseAuthoring authoring) : CourseFormPageModel
{
    public IActionResult OnGet() => CourseAccess.CanCreate(User) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CourseAccess.CanCreate(User)) return StatusCode(StatusCodes.Status403Forbidden);
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        var save = await authoring.CreateAsync(Input, null, User, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors, nameof(Input));
            return Page();
        }
        TempData["Flash"] = "Academy.Flash.Created";
        return Redirect($"/academy/courses/{save.Course!.Id}/edit");
    }
}
