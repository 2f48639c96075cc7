using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Synonyms;

public enum SynonymOutcome { Saved, Invalid, Duplicate, NotFound }

/// <summary>The result of an add, change or delete; Message is already in the reader's language.</summary>
public sealed record SynonymChange(SynonymOutcome Outcome, int? Id = null, string? Message = null);

/// <summary>
/// Adds, changes and deletes the admins' synonym rules, each change saved together with its audit entry (which keeps who
/// made it), then makes this node's search read the rules again at once.
/// </summary>
public sealed class SynonymEditing(AppDbContext db, AuditLog audit, JsonStringLocalizer l, TimeProvider time, SearchSynonyms synonyms)
{
    public const string EntityType = "SearchSynonym";

    private DbSet<SearchSynonym> Rows => db.Set<SearchSynonym>();

    public async Task<SynonymChange> CreateAsync(string? line, CancellationToken ct)
    {
        var (text, rule, error) = SynonymLine.Check(line, l);
        if (rule is null) return new(SynonymOutcome.Invalid, null, error);
        if (await ExistsAsync(rule, null, ct)) return Duplicate();
        var now = time.GetUtcNow().UtcDateTime;
        var row = new SearchSynonym { Line = text, Rule = rule.ToString(), CreatedAt = now, UpdatedAt = now };
        Rows.Add(row);
        // The id is needed by the audit entry: both are saved in one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            audit.Record("search.synonym.create", EntityType, row.Id, null, Snapshot.Of(row));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        synonyms.Invalidate();
        return new(SynonymOutcome.Saved, row.Id, l["Search.Synonyms.Added"]);
    }

    public async Task<SynonymChange> UpdateAsync(int id, string? line, CancellationToken ct)
    {
        var row = await Rows.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) return NotFound(id);
        var (text, rule, error) = SynonymLine.Check(line, l);
        if (rule is null) return new(SynonymOutcome.Invalid, id, error);
        if (await ExistsAsync(rule, id, ct)) return Duplicate();
        if (text == row.Line) return new(SynonymOutcome.Saved, id, l["Search.Synonyms.Updated"]);
        var before = Snapshot.Of(row);
        row.Line = text;
        row.Rule = rule.ToString();
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("search.synonym.update", EntityType, id, before, Snapshot.Of(row));
        await db.SaveChangesAsync(ct);
        synonyms.Invalidate();
        return new(SynonymOutcome.Saved, id, l["Search.Synonyms.Updated"]);
    }

    public async Task<SynonymChange> DeleteAsync(int id, CancellationToken ct)
    {
        var row = await Rows.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) return NotFound(id);
        Rows.Remove(row);
        audit.Record("search.synonym.delete", EntityType, id, Snapshot.Of(row), null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return NotFound(id); // deleted by someone else in between
        }
        synonyms.Invalidate();
        return new(SynonymOutcome.Saved, id, l["Search.Synonyms.Deleted"]);
    }

    /// <summary>The same rule, built in or added by an admin, would only be listed twice.</summary>
    private async Task<bool> ExistsAsync(SynonymRule rule, int? except, CancellationToken ct)
    {
        // Lower-cased on both sides, the same on both databases (English letters; Thai has no case).
        var text = rule.ToString().ToLowerInvariant();
        return SearchSynonyms.BuiltIn.Rules.Any(r => r.ToString().ToLowerInvariant() == text)
            || await Rows.AnyAsync(s => s.Rule.ToLower() == text && s.Id != except, ct);
    }

    private SynonymChange NotFound(int id) => new(SynonymOutcome.NotFound, id, l["Search.Synonyms.NotFound"]);

    private SynonymChange Duplicate() => new(SynonymOutcome.Duplicate, null, l["Search.Synonyms.Duplicate"]);

    /// <summary>What the audit log keeps of a rule before and after a change.</summary>
    private sealed record Snapshot(string Line, string Rule)
    {
        public static Snapshot Of(SearchSynonym s) => new(s.Line, s.Rule);
    }
}
