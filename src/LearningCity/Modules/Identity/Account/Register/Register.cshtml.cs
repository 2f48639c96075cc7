using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account.Register;

[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class RegisterModel(AccountRegistration registration, ProfileRules rules, JsonStringLocalizer l) : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public IEnumerable<int> BirthYears => rules.BirthYears;

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), DataType(DataType.Password), Display(Name = "Account.Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), Compare(nameof(Password), ErrorMessage = "Validation.Compare"), DataType(DataType.Password), Display(Name = "Account.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Choose"), Display(Name = "Account.PreferredLanguage")]
        public string PreferredLanguage { get; set; } = "th";

        [Display(Name = "Account.Province")]
        public string? ProvinceCode { get; set; }

        [Display(Name = "Account.BirthYear")]
        public int? BirthYear { get; set; }

        [Display(Name = "Account.Register.Consent")]
        public bool AcceptTerms { get; set; }
    }

    public async Task OnGetAsync()
    {
        Input.PreferredLanguage = Cultures.LanguageCode;
        Provinces = await rules.ProvincesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (field, message) in await rules.CheckAsync(Input.PreferredLanguage, Input.ProvinceCode, Input.BirthYear))
            ModelState.AddModelError($"Input.{field}", message);
        if (!Input.AcceptTerms)
            ModelState.AddModelError("Input.AcceptTerms", l["Account.Register.ConsentRequired"]);
        // Password rules are reported together with the other field errors, not only after those are fixed.
        if (!string.IsNullOrEmpty(Input.Password))
            foreach (var message in await registration.PasswordProblemsAsync(Input.Password))
                ModelState.AddModelError("Input.Password", message);

        if (ModelState.IsValid)
        {
            var errors = await registration.RegisterAsync(
                new NewAccount(Input.Email, Input.DisplayName, Input.Password, Input.PreferredLanguage, Input.ProvinceCode, Input.BirthYear));
            if (errors.Count == 0) return Redirect("/account/register/check-email");
            foreach (var (field, message) in errors)
                ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", message);
        }
        Provinces = await rules.ProvincesAsync();
        return Page();
    }
}
