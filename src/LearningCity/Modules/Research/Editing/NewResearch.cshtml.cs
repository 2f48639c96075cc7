using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Research.Editing;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewResearchModel(AppDbContext db, FileStore files, JsonStringLocalizer l, ResearchEditing editing)
    : ResearchFormPageModel(db, files, l)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ResearchAccess.CanCreate(User)) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ResearchAccess.CanCreate(User)) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadChoicesAsync(ct);
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        var (fileOk, file) = await SaveUploadAsync(ct);
        if (!fileOk) return Page();
        var save = await editing.CreateAsync(Input, file, Publish, User, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors);
            return Page();
        }
        TempData["Flash"] = Publish ? "Research.Flash.Published" : "Research.Flash.Saved";
        return Redirect($"/research/{save.Item!.Id}");
    }
}
