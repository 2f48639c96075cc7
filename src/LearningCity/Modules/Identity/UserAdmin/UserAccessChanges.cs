using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.UserAdmin;

public enum AccessOutcome
{
    Changed,
    Unchanged,
    UserNotFound,
    CityNotFound,
    OrganisationNotFound,
    UnknownRole,
    Refused,
}

/// <summary>What happened to a role or scope change; Message is already in the reader's language.</summary>
public sealed record AccessChange(AccessOutcome Outcome, string? Message = null)
{
    public bool Succeeded => Outcome is AccessOutcome.Changed or AccessOutcome.Unchanged;
}

/// <summary>The state the audit log keeps before and after each change.</summary>
internal sealed record AccessSnapshot(string Email, string[] Roles, int[] Cities, int[] Organisations)
{
    public bool SameAccessAs(AccessSnapshot other) =>
        Roles.SequenceEqual(other.Roles) && Cities.SequenceEqual(other.Cities) && Organisations.SequenceEqual(other.Organisations);
}

/// <summary>
/// Grants and revokes roles, coordinator city scopes and organizer memberships. Each change is one transaction with its audit entry and
/// a new security stamp, so the user's existing cookie is re-issued with the new roles (or refused) on every node.
/// </summary>
public sealed class UserAccessChanges(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
{
    public static string? KnownRole(string? role) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task<AccessChange> GrantRoleAsync(Guid userId, string? role, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (KnownRole(role) is not { } name) return UnknownRole(role);
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        return await ChangeAsync(user, actor, "user.role.grant", async () =>
        {
            if (!await users.IsInRoleAsync(user, name)) Check(await users.AddToRoleAsync(user, name));
        }, ct);
    }

    public async Task<AccessChange> RevokeRoleAsync(Guid userId, string? role, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (KnownRole(role) is not { } name) return UnknownRole(role);
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        if (name == Roles.Learner) return new(AccessOutcome.Refused, l["UserAdmin.Rule.LearnerStays"]);
        if (name == Roles.Admin && user.Id == ActorId(actor)) return new(AccessOutcome.Refused, l["UserAdmin.Rule.OwnAdmin"]);
        return await ChangeAsync(user, actor, "user.role.revoke", async () =>
        {
            if (await users.IsInRoleAsync(user, name)) Check(await users.RemoveFromRoleAsync(user, name));
            if (name == Roles.Coordinator)
            {
                // A scope without the role would grant nothing and mislead whoever reads the user's access.
                await db.CityScopes.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ct);
            }
            if (name == Roles.Organizer)
            {
                // Likewise a membership without the role: it would start granting again with any later Organizer grant.
                await db.OrganisationMemberships.Where(m => m.UserId == user.Id).ExecuteDeleteAsync(ct);
            }
        }, ct);
    }

    public async Task<AccessChange> GrantCityAsync(Guid userId, int cityId, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        var status = await db.Cities.Where(c => c.Id == cityId).Select(c => (CityStatus?)c.Status).FirstOrDefaultAsync(ct);
        if (status is null) return new(AccessOutcome.CityNotFound, l["UserAdmin.CityNotFound"]);
        if (status != CityStatus.Approved) return new(AccessOutcome.Refused, l["UserAdmin.Rule.CityNotApproved"]);
        return await ChangeAsync(user, actor, "user.city.grant", async () =>
        {
            if (!await users.IsInRoleAsync(user, Roles.Coordinator)) Check(await users.AddToRoleAsync(user, Roles.Coordinator));
            if (!await db.CityScopes.AnyAsync(s => s.UserId == user.Id && s.CityId == cityId, ct))
            {
                db.CityScopes.Add(new CityScope { UserId = user.Id, CityId = cityId, GrantedAt = time.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(ct);
            }
        }, ct);
    }

    public async Task<AccessChange> RevokeCityAsync(Guid userId, int cityId, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        if (!await db.Cities.AnyAsync(c => c.Id == cityId, ct)) return new(AccessOutcome.CityNotFound, l["UserAdmin.CityNotFound"]);
        return await ChangeAsync(user, actor, "user.city.revoke",
            () => db.CityScopes.Where(s => s.UserId == user.Id && s.CityId == cityId).ExecuteDeleteAsync(ct), ct);
    }

    public async Task<AccessChange> GrantOrganisationAsync(Guid userId, int organisationId, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct)) return OrganisationNotFound();
        return await ChangeAsync(user, actor, "user.organisation.grant", async () =>
        {
            if (!await users.IsInRoleAsync(user, Roles.Organizer)) Check(await users.AddToRoleAsync(user, Roles.Organizer));
            if (!await db.OrganisationMemberships.AnyAsync(m => m.UserId == user.Id && m.OrganisationId == organisationId, ct))
            {
                db.OrganisationMemberships.Add(new OrganisationMembership
                {
                    UserId = user.Id, OrganisationId = organisationId, GrantedAt = time.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
            }
        }, ct);
    }

    /// <summary>Takes away one membership; the Organizer role stays (the user may belong to other organisations).</summary>
    public async Task<AccessChange> RevokeOrganisationAsync(Guid userId, int organisationId, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return UserNotFound();
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct)) return OrganisationNotFound();
        return await ChangeAsync(user, actor, "user.organisation.revoke",
            () => db.OrganisationMemberships.Where(m => m.UserId == user.Id && m.OrganisationId == organisationId).ExecuteDeleteAsync(ct), ct);
    }

    private async Task<AccessChange> ChangeAsync(AppUser user, ClaimsPrincipal actor, string action, Func<Task> apply, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var before = await SnapshotAsync(user, ct);
            await apply();
            var after = await SnapshotAsync(user, ct);
            if (after.SameAccessAs(before))
            {
                await transaction.RollbackAsync(ct);
                return new(AccessOutcome.Unchanged, l["UserAdmin.Unchanged"]);
            }
            audit.Record(action, "User", user.Id, before, after, actor);
            // Saves the audit entry with the new stamp: the user's cookie is re-validated against it.
            Check(await users.UpdateSecurityStampAsync(user));
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator changed the same account at the same moment (a duplicate grant, a stale stamp).
            await transaction.RollbackAsync(ct);
            return new(AccessOutcome.Refused, l["Error.409.Text"]);
        }
        if (user.Id == ActorId(actor)) await signIn.RefreshSignInAsync(user);
        return new(AccessOutcome.Changed, l["UserAdmin.Saved"]);
    }

    private async Task<AccessSnapshot> SnapshotAsync(AppUser user, CancellationToken ct)
    {
        var roles = await users.GetRolesAsync(user);
        var cities = await db.CityScopes.Where(s => s.UserId == user.Id).Select(s => s.CityId).OrderBy(id => id).ToArrayAsync(ct);
        var organisations = await db.OrganisationMemberships.Where(m => m.UserId == user.Id).Select(m => m.OrganisationId)
            .OrderBy(id => id).ToArrayAsync(ct);
        return new AccessSnapshot(user.Email ?? "", roles.OrderBy(r => Array.IndexOf(Roles.All, r)).ToArray(), cities, organisations);
    }

    private AccessChange UnknownRole(string? role) => new(AccessOutcome.UnknownRole, l["UserAdmin.UnknownRole", role ?? ""]);

    private AccessChange OrganisationNotFound() => new(AccessOutcome.OrganisationNotFound, l["Organisations.NotFound"]);

    private AccessChange UserNotFound() => new(AccessOutcome.UserNotFound, l["UserAdmin.UserNotFound"]);

    private static Guid? ActorId(ClaimsPrincipal actor) =>
        Guid.TryParse(actor.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        var codes = string.Join("; ", result.Errors.Select(e => e.Code));
        // Identity reports these as results, not exceptions; each role was checked just before, so each means that
        // someone changed the same account at the same moment: answer it like a concurrency conflict (409).
        string[] raced = [nameof(IdentityErrorDescriber.ConcurrencyFailure), nameof(IdentityErrorDescriber.UserAlreadyInRole), nameof(IdentityErrorDescriber.UserNotInRole)];
        if (result.Errors.Any(e => raced.Contains(e.Code)))
            throw new DbUpdateConcurrencyException(codes);
        throw new InvalidOperationException(codes);
    }
}
