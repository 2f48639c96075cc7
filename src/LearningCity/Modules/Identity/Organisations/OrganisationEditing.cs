using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Organisations;

public enum OrganisationOutcome
{
    Saved,
    NotFound,
    DuplicateName,
}

/// <summary>The result of a create or update; Message is already in the reader's language.</summary>
public sealed record OrganisationChange(OrganisationOutcome Outcome, int? Id = null, string? Message = null);

/// <summary>Creates and edits partner organisations, each change saved together with its audit entry.</summary>
public sealed class OrganisationEditing(AppDbContext db, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
{
    /// <summary>The input must have been normalized and validated.</summary>
    public async Task<OrganisationChange> CreateAsync(OrganisationInput input, CancellationToken ct)
    {
        if (await NameTakenAsync(input.NameTh!, null, ct)) return Duplicate();
        var organisation = new Organisation { CreatedAt = time.GetUtcNow().UtcDateTime };
        input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        // The id is needed by the audit entry: both are saved in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        audit.Record("organisation.create", "Organisation", organisation.Id, null, OrganisationSnapshot.Of(organisation));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(OrganisationOutcome.Saved, organisation.Id, l["Organisations.Created"]);
    }

    public async Task<OrganisationChange> UpdateAsync(int id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return new(OrganisationOutcome.NotFound, id, l["Organisations.NotFound"]);
        if (await NameTakenAsync(input.NameTh!, id, ct)) return Duplicate();
        var before = OrganisationSnapshot.Of(organisation);
        input.ApplyTo(organisation);
        var after = OrganisationSnapshot.Of(organisation);
        if (after == before) return new(OrganisationOutcome.Saved, id, l["Organisations.Updated"]);
        audit.Record("organisation.update", "Organisation", id, before, after);
        await db.SaveChangesAsync(ct);
        return new(OrganisationOutcome.Saved, id, l["Organisations.Updated"]);
    }

    /// <summary>Two partners with the same Thai name could not be told apart in any list or form.</summary>
    private Task<bool> NameTakenAsync(string nameTh, int? except, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Name.Th == nameTh && o.Id != except, ct);

    private OrganisationChange Duplicate() => new(OrganisationOutcome.DuplicateName, null, l["Organisations.Rule.DuplicateName"]);
}
