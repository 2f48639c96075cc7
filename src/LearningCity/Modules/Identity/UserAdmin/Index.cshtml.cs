using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.UserAdmin;

[Authorize(Policy = Policies.Admin)]
public sealed class UsersIndexModel(UserDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true), MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "UserAdmin.Search")]
    public string? Q { get; set; }

    // From the query only: Razor Pages also has a route value called "page" (the page's own name).
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<UserSummaryDto> Users { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return;
        Users = await directory.SearchAsync(Q, PageRequest.From(PageNumber, PageRequest.DefaultSize), ct);
    }

    public string PageUrl(int page) => $"/admin/users?q={Uri.EscapeDataString(Q ?? "")}&page={page}";
}
