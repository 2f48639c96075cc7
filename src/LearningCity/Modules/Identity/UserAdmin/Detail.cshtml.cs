using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.UserAdmin;

/// <summary>
/// One user's roles, city scopes and organisation memberships. Each grant or revoke is its own small form; after it the page redirects
/// back (post/redirect/get) with the outcome, which htmx swaps in place when script is available.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UserDetailModel(UserDirectory directory, UserAccessChanges changes, JsonStringLocalizer l) : PageModel
{
    private const string NoticeKey = "UserAdmin.Notice";
    private const string ErrorKey = "UserAdmin.Error";

    [FromRoute] public Guid Id { get; set; }

    public UserDetailDto Account { get; private set; } = null!;
    public List<CityScopeDto> GrantableCities { get; } = [];
    public List<MembershipDto> GrantableOrganisations { get; } = [];
    public bool IsSelf { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await directory.FindAsync(Id, ct) is not { } account) return NotFound();
        Account = account;
        IsSelf = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) && me == Id;
        Notice = TempData[NoticeKey] as string;
        Error = TempData[ErrorKey] as string;
        var scoped = account.Cities.Select(c => c.CityId).ToHashSet();
        GrantableCities.AddRange((await directory.ApprovedCitiesAsync(ct)).Where(c => !scoped.Contains(c.CityId)));
        var member = account.Organisations.Select(o => o.OrganisationId).ToHashSet();
        GrantableOrganisations.AddRange((await directory.OrganisationsAsync(ct)).Where(o => !member.Contains(o.OrganisationId)));
        return Page();
    }

    public async Task<IActionResult> OnPostGrantRoleAsync(string? role, CancellationToken ct) =>
        Answer(await changes.GrantRoleAsync(Id, role, User, ct));

    public async Task<IActionResult> OnPostRevokeRoleAsync(string? role, CancellationToken ct) =>
        Answer(await changes.RevokeRoleAsync(Id, role, User, ct));

    public async Task<IActionResult> OnPostGrantCityAsync(int? cityId, CancellationToken ct) =>
        Answer(cityId is { } city
            ? await changes.GrantCityAsync(Id, city, User, ct)
            : new AccessChange(AccessOutcome.Refused, l["UserAdmin.PickCity"]));

    public async Task<IActionResult> OnPostRevokeCityAsync(int cityId, CancellationToken ct) =>
        Answer(await changes.RevokeCityAsync(Id, cityId, User, ct));

    public async Task<IActionResult> OnPostGrantOrganisationAsync(int? organisationId, CancellationToken ct) =>
        Answer(organisationId is { } organisation
            ? await changes.GrantOrganisationAsync(Id, organisation, User, ct)
            : new AccessChange(AccessOutcome.Refused, l["Organisations.Pick"]));

    public async Task<IActionResult> OnPostRevokeOrganisationAsync(int organisationId, CancellationToken ct) =>
        Answer(await changes.RevokeOrganisationAsync(Id, organisationId, User, ct));

    private IActionResult Answer(AccessChange change)
    {
        if (change.Outcome == AccessOutcome.UserNotFound) return NotFound();
        TempData[change.Succeeded ? NoticeKey : ErrorKey] = change.Message;
        return Redirect($"/admin/users/{Id}");
    }
}
