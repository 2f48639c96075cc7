using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Privacy;

[Authorize]
public sealed class PersonalDataPageModel : PageModel
{
    public void OnGet() { }
}

[Authorize]
public sealed class DeleteAccountModel(PersonalDataService personalData, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await personalData.DeleteAsync(Guid.Parse(users.GetUserId(User)!), Password, ct);
        if (outcome != AccountDeletion.Deleted)
        {
            ModelState.AddModelError(nameof(Password), HttpContext.RequestServices.GetRequiredService<Common.Localization.JsonStringLocalizer>()[$"Privacy.Delete.{outcome}"]);
            Response.StatusCode = outcome == AccountDeletion.WrongPassword ? 400 : 409;
            return Page();
        }
        await signIn.SignOutAsync();
        TempData["Flash"] = "Privacy.Flash.Deleted";
        return Redirect("/");
    }
}
