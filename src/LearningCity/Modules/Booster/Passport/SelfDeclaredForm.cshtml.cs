using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Resources.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>Adds (no id) or changes one of the learner's own entries.</summary>
[Authorize]
public sealed class SelfDeclaredFormModel(PassportEntries entries, AppDbContext db, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public SelfDeclaredInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Evidence { get; set; }
    public List<Topic> Topics { get; private set; } = [];
    public string? CurrentEvidence { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await entries.FindAsync(UserId, existing, ct) is not { } entry) return NotFound();
            Input = SelfDeclaredInput.From(entry);
            CurrentEvidence = entry.EvidenceFileName;
        }
        await LoadTopicsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var entry = id is { } existing ? await entries.FindAsync(UserId, existing, ct) : null;
        if (id is not null && entry is null) return NotFound();
        foreach (var (field, message) in await entries.CheckAsync(Input, ct))
            ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
        var (file, fileError) = ModelState.ErrorCount == 0 ? await entries.SaveEvidenceAsync(Evidence, ct) : (null, null);
        if (fileError is not null) ModelState.AddModelError(nameof(Evidence), fileError);
        if (ModelState.ErrorCount > 0)
        {
            CurrentEvidence = entry?.EvidenceFileName;
            await LoadTopicsAsync(ct);
            Response.StatusCode = 400;
            return Page();
        }
        (string, string)? evidence = file is null ? null : (file, Path.GetFileName(Evidence!.FileName));
        if (entry is null) await entries.CreateAsync(UserId, Input, evidence, ct);
        else await entries.UpdateAsync(entry, Input, evidence, ct);
        TempData["Flash"] = "Passport.Flash.Saved";
        return Redirect("/me/passport");
    }

    private async Task LoadTopicsAsync(CancellationToken ct) => Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);
}
