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
    /// <summary>Someone saved the organisation since this edit began (its version moved on).</summary>
    ChangedMeanwhile,
}

/// <summary>The result of a create or update; Message is already in the reader's language.</summary>
public sealed record OrganisationChange(OrganisationOutcome Outcome, int? Id = null, string? Message = null, uint? CurrentVersion = null);

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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(ct);
            if (!await NameTakenAsync(input.NameTh!, null, ct)) throw;
            return Duplicate(); // the same name was saved in between (unique index)
        }
        audit.Record("organisation.create", "Organisation", organisation.Id, null, OrganisationSnapshot.Of(organisation));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(OrganisationOutcome.Saved, organisation.Id, l["Organisations.Created"]);
    }

    /// <summary>The input's version must be the organisation's current one.</summary>
    public async Task<OrganisationChange> UpdateAsync(int id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return new(OrganisationOutcome.NotFound, id, l["Organisations.NotFound"]);
        if (input.Version != organisation.Version) return ChangedMeanwhile(id, organisation.Version);
        if (await NameTakenAsync(input.NameTh!, id, ct)) return Duplicate();
        var before = OrganisationSnapshot.Of(organisation);
        input.ApplyTo(organisation);
        var after = OrganisationSnapshot.Of(organisation);
        if (after == before) return new(OrganisationOutcome.Saved, id, l["Organisations.Updated"]);
        organisation.Version = input.Version.Value + 1;
        audit.Record("organisation.update", "Organisation", id, before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ChangedMeanwhile(id, await db.Organisations.Where(o => o.Id == id).Select(o => o.Version).FirstAsync(ct));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await NameTakenAsync(input.NameTh!, id, ct)) throw;
            return Duplicate(); // the same name was saved in between (unique index)
        }
        return new(OrganisationOutcome.Saved, id, l["Organisations.Updated"]);
    }

    private OrganisationChange ChangedMeanwhile(int id, uint current) =>
        new(OrganisationOutcome.ChangedMeanwhile, id, l["Organisations.ChangedMeanwhile"], current);

    /// <summary>Two partners with the same Thai name could not be told apart in any list or form.</summary>
    private Task<bool> NameTakenAsync(string nameTh, int? except, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Name.Th == nameTh && o.Id != except, ct);

    private OrganisationChange Duplicate() => new(OrganisationOutcome.DuplicateName, null, l["Organisations.Rule.DuplicateName"]);
}
