using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Approval;

[Authorize(Policy = Policies.Admin)]
public sealed class AdminCitiesModel(AppDbContext db, CityApproval approval) : PageModel
{
    public sealed record PendingCity(City City, Province Province, string? ProposerEmail, string? ProposerName);

    public IReadOnlyList<PendingCity> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await (from c in db.Cities.AsNoTracking()
                          join p in db.Provinces on c.ProvinceCode equals p.Code
                          join u in db.Users on c.ProposedBy equals u.Id into proposers
                          from u in proposers.DefaultIfEmpty()
                          where c.Status == CityStatus.Pending
                          orderby c.CreatedAt, c.Id
                          select new { c, p, Email = u == null ? null : u.Email, Name = u == null ? null : u.DisplayName })
                         .ToListAsync(ct);
        Pending = rows.Select(r => new PendingCity(r.c, r.p, r.Email, r.Name)).ToList();
    }

    public Task<IActionResult> OnPostApproveAsync(int cityId, bool makeCoordinator, CancellationToken ct) =>
        DecideAsync(cityId, CityStatus.Approved, makeCoordinator, ct);

    public Task<IActionResult> OnPostRejectAsync(int cityId, CancellationToken ct) =>
        DecideAsync(cityId, CityStatus.Rejected, false, ct);

    private async Task<IActionResult> DecideAsync(int cityId, CityStatus decision, bool makeCoordinator, CancellationToken ct)
    {
        var outcome = await approval.DecideAsync(cityId, decision, makeCoordinator, User, ct);
        if (outcome == ApprovalOutcome.NotFound) return NotFound();
        TempData["Flash"] = outcome == ApprovalOutcome.AlreadyDecided ? "Cities.Admin.AlreadyDecided"
            : decision == CityStatus.Approved ? "Cities.Admin.Approved" : "Cities.Admin.Rejected";
        return RedirectToPage();
    }
}
