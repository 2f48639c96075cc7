using LearningCity.Common.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>A passport its owner chose to show; it does not exist for anyone else (404) while it is private.</summary>
public sealed class PublicPassportModel(AppDbContext db, LearningPassport passport) : PageModel
{
    public PassportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var userId = await db.LearnerProfiles.AsNoTracking().Where(p => p.PublicSlug == slug && p.PassportIsPublic).Select(p => (Guid?)p.UserId).FirstOrDefaultAsync(ct);
        if (userId is null || await passport.ForUserAsync(userId.Value, ct) is not { } view) return NotFound();
        View = view;
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}
