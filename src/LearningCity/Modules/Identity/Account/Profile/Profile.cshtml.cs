using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Account.Profile;

[Authorize]
public sealed class ProfileModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ProfileRules rules) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();
    public AppUser Account { get; private set; } = null!;
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public IEnumerable<int> BirthYears => rules.BirthYears;

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Choose"), Display(Name = "Account.PreferredLanguage")]
        public string PreferredLanguage { get; set; } = "th";

        [Display(Name = "Account.Province")]
        public string? ProvinceCode { get; set; }

        [Display(Name = "Account.BirthYear")]
        public int? BirthYear { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Challenge();
        Input = new ProfileInput
        {
            DisplayName = Account.DisplayName,
            PreferredLanguage = Account.PreferredLanguage,
            ProvinceCode = Account.ProvinceCode,
            BirthYear = Account.BirthYear,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Challenge();
        foreach (var (field, message) in await rules.CheckAsync(Input.PreferredLanguage, Input.ProvinceCode, Input.BirthYear))
            ModelState.AddModelError($"Input.{field}", message);
        if (!ModelState.IsValid) return Page();

        Account.DisplayName = Input.DisplayName.Trim();
        Account.PreferredLanguage = Input.PreferredLanguage;
        Account.ProvinceCode = string.IsNullOrEmpty(Input.ProvinceCode) ? null : Input.ProvinceCode;
        Account.BirthYear = Input.BirthYear;
        var result = await users.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        // The cookie carries the display name and language; the site switches to the chosen language now.
        await signIn.RefreshSignInAsync(Account);
        LanguageCookie.Set(HttpContext, Account.PreferredLanguage);
        TempData["Flash"] = "Form.Saved";
        return Redirect("/account/profile");
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return false;
        Account = user;
        Provinces = await rules.ProvincesAsync();
        return true;
    }
}
