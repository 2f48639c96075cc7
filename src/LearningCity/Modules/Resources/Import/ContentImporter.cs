using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Resources.Import;

/// <summary>What to do with a file: for which publisher, whether to only check it, and whether to publish the items.</summary>
public sealed record ImportOptions(ImportKind Kind, ImportTarget Target, bool DryRun, bool Publish);

/// <summary>
/// Checks every row of a file and, unless it is a dry run, imports all of them in one transaction, and only when
/// every row is valid (a title already published by the publisher, or twice in the file, is an error).
/// </summary>
public sealed class ContentImporter(AppDbContext db, AuditLog audit, JsonStringLocalizer l, TimeProvider time, IServiceProvider services)
{
    public const int MaxRows = 5000;
    public const string FileColumn = "file";

    /// <summary>The table of an uploaded file, or a report naming why it cannot be used.</summary>
    public (Table? Table, ImportReport? Error) Read(byte[] content, ImportOptions options)
    {
        var columns = options.Kind.Columns();
        if (content.Length == 0) return (null, FileError(l["Import.Empty"], options.DryRun));
        Table table;
        try
        {
            table = TableFile.Read(content, columns.All, MaxRows);
        }
        catch (TableFileException e)
        {
            return (null, FileError(e.Problem switch
            {
                TableProblem.NotUtf8 => l["Import.NotUtf8"],
                TableProblem.MalformedCsv => l["Import.BadCsv", e.Row],
                _ => l["Import.BadWorkbook"],
            }, options.DryRun));
        }
        var missing = columns.Required.Where(c => !table.Header.Contains(c)).ToList();
        if (missing.Count > 0) return (null, FileError(l["Import.MissingColumns", string.Join(", ", missing)], options.DryRun));
        if (table.Rows.Count == 0) return (null, FileError(l["Import.Empty"], options.DryRun));
        if (table.Rows.Count > MaxRows) return (null, FileError(l["Import.TooMany", MaxRows], options.DryRun));
        return (table, null);
    }

    /// <summary>
    /// Checks (and unless a dry run, imports) the rows; progress is told the number of rows checked so far. When rows are
    /// imported, saved is called inside their transaction with the report, so what it records commits with them or not at all.
    /// </summary>
    public async Task<ImportReport> RunAsync(Table table, ImportOptions options, ClaimsPrincipal actor, Func<int, Task>? progress, CancellationToken ct,
        Func<ImportReport, Task>? saved = null)
    {
        var rows = Rows(options.Kind);
        var title = options.Kind.Columns().Title;
        var existing = (await rows.ExistingTitlesAsync(options.Target, ct)).Select(ContentRows.TitleKey).ToHashSet();
        var seen = new Dictionary<string, int>();
        var reports = new List<ImportRowReport>();
        var items = new List<CheckedItem>();
        foreach (var row in table.Rows)
        {
            var errors = new RowErrors();
            var item = await rows.CheckAsync(row, options.Target, errors, ct);
            if (row[title] is { } name && !errors.Has(title))
            {
                var key = ContentRows.TitleKey(name);
                if (existing.Contains(key)) errors.Add(title, l["Import.DuplicateExisting", name]);
                else if (seen.TryGetValue(key, out var first)) errors.Add(title, l["Import.DuplicateInFile", first]);
                else seen[key] = row.Number;
            }
            reports.Add(errors.Report(row.Number));
            if (errors.Count == 0 && item is not null) items.Add(item);
            if (progress is not null) await progress(reports.Count);
        }
        if (options.DryRun || reports.Any(r => !r.Ok)) return new ImportReport(reports, 0, options.DryRun);
        var report = new ImportReport(reports, items.Count, options.DryRun);
        await SaveAsync(rows, items, options, actor, saved is null ? null : () => saved(report), ct);
        return report;
    }

    private async Task SaveAsync(ContentRows rows, List<CheckedItem> items, ImportOptions options, ClaimsPrincipal actor, Func<Task>? beforeCommit, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var userId = CityAccess.UserId(actor) ?? Guid.Empty;
        var kind = options.Kind.Slug();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var item in items) rows.Add(item.Item, options.Publish, now, userId);
        // The ids exist only after the insert; the audit entries and search changes join the same transaction.
        await db.SaveChangesAsync(ct);
        var ids = new List<int>();
        foreach (var item in items)
        {
            var (entityType, id, snapshot) = rows.Saved(item.Item);
            audit.Record($"{kind}.import", entityType, id, null, snapshot, actor);
            SearchChanges.Record(db, kind, id);
            ids.Add(id);
        }
        audit.Record($"{kind}.import.batch", "ContentImport", now.ToString("O", CultureInfo.InvariantCulture), null,
            new { Kind = kind, options.Target.CityId, options.Target.OrganisationId, options.Publish, Imported = ids.Count, Ids = ids }, actor);
        await db.SaveChangesAsync(ct);
        if (beforeCommit is not null) await beforeCommit();
        await tx.CommitAsync(ct);
    }

    private ContentRows Rows(ImportKind kind) => kind switch
    {
        ImportKind.Resource => services.GetRequiredService<ResourceRows>(),
        ImportKind.Space => services.GetRequiredService<SpaceRows>(),
        _ => services.GetRequiredService<FundingRows>(),
    };

    public static ImportReport FileError(string message, bool dryRun) =>
        new([new ImportRowReport(1, false, new() { [FileColumn] = [message] })], 0, dryRun);
}
