using LearningCity.Modules.Resources.Public;
using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Moderation;

public enum ReportOutcome
{
    Done,
    ContentNotFound,
    Duplicate,
    ReportNotFound,
    NotOpen,
}

/// <summary>An open report as the moderators see it, with the reported item's title and address.</summary>
public sealed record OpenReportDto(long Id, string ContentType, int ContentId, string ContentTitle, string ContentUrl, string ContentStatus,
    string Reason, string? Details, DateTime CreatedAt);

/// <summary>The state of a report as the audit log records it.</summary>
public sealed record ReportSnapshot(long Id, string ContentType, int ContentId, string Reason, string? Details, string Status, string? ResolutionNote)
{
    public static ReportSnapshot Of(ContentReport r) => new(r.Id, r.ContentType, r.ContentId, r.Reason, r.Details, r.Status.ToString(), r.ResolutionNote);
}

/// <summary>Reports on resources, spaces and funding sources, and what moderators do about them.</summary>
public sealed class ContentModeration(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<(ReportOutcome Outcome, ContentReport? Report)> ReportAsync(ReportInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var type = input.ContentType!;
        var id = input.ContentId!.Value;
        if (await ItemAsync(type, id, ct) is not { Status: PublicationStatus.Published }) return (ReportOutcome.ContentNotFound, null);
        var reporter = CityAccess.UserId(user) ?? Guid.Empty;
        Task<bool> AlreadyOpenAsync() =>
            db.ContentReports.AnyAsync(r => r.ContentType == type && r.ContentId == id && r.ReporterId == reporter && r.Status == ReportStatus.Open, ct);
        if (await AlreadyOpenAsync()) return (ReportOutcome.Duplicate, null);
        var report = new ContentReport
        {
            ContentType = type, ContentId = id, ReporterId = reporter, Reason = input.Reason!, Details = input.Details,
            Status = ReportStatus.Open, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ContentReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(report).State = EntityState.Detached;
            if (!await AlreadyOpenAsync()) throw;
            return (ReportOutcome.Duplicate, null); // the same person's report was saved in between (unique index)
        }
        return (ReportOutcome.Done, report);
    }

    public async Task<IReadOnlyList<OpenReportDto>> OpenReportsAsync(CancellationToken ct)
    {
        var reports = await db.ContentReports.AsNoTracking().Where(r => r.Status == ReportStatus.Open)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
        var result = new List<OpenReportDto>(reports.Count);
        foreach (var group in reports.GroupBy(r => (r.ContentType, r.ContentId)))
        {
            var item = await ItemAsync(group.Key.ContentType, group.Key.ContentId, ct);
            foreach (var r in group)
                result.Add(new OpenReportDto(r.Id, r.ContentType, r.ContentId, item?.Title ?? "—", ContentTypes.UrlOf(r.ContentType, r.ContentId),
                    item?.Status.ToString() ?? "", r.Reason, r.Details, r.CreatedAt));
        }
        return result.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList();
    }

    public Task<ReportOutcome> DismissAsync(long reportId, string? note, ClaimsPrincipal user, CancellationToken ct) =>
        ResolveAsync(reportId, note, user, removeContent: false, ct);

    public Task<ReportOutcome> RemoveContentAsync(long reportId, string? note, ClaimsPrincipal user, CancellationToken ct) =>
        ResolveAsync(reportId, note, user, removeContent: true, ct);

    private async Task<ReportOutcome> ResolveAsync(long reportId, string? note, ClaimsPrincipal user, bool removeContent, CancellationToken ct)
    {
        var report = await db.ContentReports.FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null) return ReportOutcome.ReportNotFound;
        if (report.Status != ReportStatus.Open) return ReportOutcome.NotOpen;
        var now = time.GetUtcNow().UtcDateTime;
        var resolver = CityAccess.UserId(user);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        // Removing the item answers every open report on it, not only this one.
        var reports = removeContent
            ? await db.ContentReports.Where(r => r.ContentType == report.ContentType && r.ContentId == report.ContentId && r.Status == ReportStatus.Open).ToListAsync(ct)
            : [report];
        foreach (var r in reports)
        {
            var before = ReportSnapshot.Of(r);
            r.Status = removeContent ? ReportStatus.ContentRemoved : ReportStatus.Dismissed;
            r.ResolvedAt = now;
            r.ResolvedBy = resolver;
            r.ResolutionNote = note;
            audit.Record(removeContent ? "report.remove-content" : "report.dismiss", "ContentReport", r.Id, before, ReportSnapshot.Of(r));
        }
        if (removeContent) await RemoveItemAsync(report.ContentType, report.ContentId, note, now, ct);
        await db.SaveChangesAsync(ct);
        return ReportOutcome.Done;
    }

    private async Task RemoveItemAsync(string type, int id, string? note, DateTime now, CancellationToken ct)
    {
        (string Entity, PublicationStatus Before)? change = type switch
        {
            ContentTypes.Resource when await db.LearningResources.FirstOrDefaultAsync(x => x.Id == id, ct) is { } r
                => ("LearningResource", Remove(r.Status, () => { r.Status = PublicationStatus.Removed; r.UpdatedAt = now; r.Version++; })),
            ContentTypes.Space when await db.LearningSpaces.FirstOrDefaultAsync(x => x.Id == id, ct) is { } s
                => ("LearningSpace", Remove(s.Status, () => { s.Status = PublicationStatus.Removed; s.UpdatedAt = now; s.Version++; })),
            ContentTypes.Funding when await db.FundingSources.FirstOrDefaultAsync(x => x.Id == id, ct) is { } f
                => ("FundingSource", Remove(f.Status, () => { f.Status = PublicationStatus.Removed; f.UpdatedAt = now; f.Version++; })),
            _ => null,
        };
        if (change is { } c)
        {
            audit.Record($"{type}.remove", c.Entity, id, new { Status = c.Before.ToString() }, new { Status = nameof(PublicationStatus.Removed), Note = note });
            SearchChanges.Record(db, type, id);
        }
    }

    private static PublicationStatus Remove(PublicationStatus before, Action apply)
    {
        apply();
        return before;
    }

    private async Task<(string Title, PublicationStatus Status)?> ItemAsync(string type, int id, CancellationToken ct)
    {
        var item = type switch
        {
            ContentTypes.Resource => await db.LearningResources.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Title.Th, x.Title.En, x.Status }).FirstOrDefaultAsync(ct),
            ContentTypes.Space => await db.LearningSpaces.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Name.Th, x.Name.En, x.Status }).FirstOrDefaultAsync(ct),
            ContentTypes.Funding => await db.FundingSources.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Programme.Th, x.Programme.En, x.Status }).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return item is null ? null : (new Common.Localization.BilingualText(item.Th, item.En).Current, item.Status);
    }
}
