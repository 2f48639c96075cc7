using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Approval;

public enum ApprovalOutcome
{
    Done,
    NotFound,
    AlreadyDecided,
}

/// <summary>An admin's decision on a proposed city, optionally making the proposer its coordinator.</summary>
public sealed class CityApproval(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider time)
{
    public async Task<ApprovalOutcome> DecideAsync(int cityId, CityStatus decision, bool makeProposerCoordinator, ClaimsPrincipal admin, CancellationToken ct)
    {
        var city = await db.Cities.FirstOrDefaultAsync(c => c.Id == cityId, ct);
        if (city is null) return ApprovalOutcome.NotFound;
        if (city.Status == decision) return ApprovalOutcome.AlreadyDecided;

        // UserManager saves through the same context, so the transaction covers the city, the scope, the role and the audit.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = CitySnapshot.Of(city);
        var now = time.GetUtcNow().UtcDateTime;
        city.Status = decision;
        city.UpdatedAt = now;
        city.Version++;
        audit.Record(decision == CityStatus.Approved ? "city.approve" : "city.reject", "City", city.Id, before, CitySnapshot.Of(city), admin);
        SearchChanges.Record(db, "city", city.Id);
        await db.SaveChangesAsync(ct);

        if (decision == CityStatus.Approved && makeProposerCoordinator && city.ProposedBy is { } proposerId
            && await users.FindByIdAsync(proposerId.ToString()) is { } proposer)
        {
            if (!await db.CityScopes.AnyAsync(s => s.UserId == proposerId && s.CityId == city.Id, ct))
                db.CityScopes.Add(new CityScope { UserId = proposerId, CityId = city.Id, GrantedAt = now });
            audit.Record("city.scope.grant", "City", city.Id, null, new { UserId = proposerId, CityId = city.Id }, admin);
            await db.SaveChangesAsync(ct);
            if (!await users.IsInRoleAsync(proposer, Roles.Coordinator))
                Check(await users.AddToRoleAsync(proposer, Roles.Coordinator));
            // The proposer's existing sessions pick up the new role at their next security-stamp check.
            Check(await users.UpdateSecurityStampAsync(proposer));
        }
        await tx.CommitAsync(ct);
        return ApprovalOutcome.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
