using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Privacy;

/// <summary>
/// The person's reports (with what they wrote), their import jobs (with the uploaded file and its report), the
/// resources, spaces and funding sources they created, and the reports they resolved as moderator.
/// <list type="bullet">
/// <item>A report stays as the moderation record of an item (its reason and outcome), but the free text the person
/// wrote goes and the reporter becomes a pseudonym: a new random id no account has, so that the rule of one open
/// report per person and item still holds between two deleted reporters.</item>
/// <item>Import jobs are the person's working files and are deleted; what they imported stays.</item>
/// <item>Items stay (they are the city's or the organisation's) without the link to their creator; a space whose
/// contact address is the person's own loses it. A moderator's resolution stays without the link to them.</item>
/// </list>
/// </summary>
internal sealed class ResourcesPersonalData(AppDbContext db, AccountDirectory accounts) : IPersonalData
{
    public string Section => "resources";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        reports = await db.ContentReports.AsNoTracking().Where(r => r.ReporterId == userId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ContentType, r.ContentId, r.Reason, r.Details, status = r.Status.ToString(), r.CreatedAt, r.ResolvedAt }).ToListAsync(ct),
        importJobs = await db.Set<ImportJob>().AsNoTracking().Where(j => j.CreatedBy == userId).OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.Kind, j.FileName, status = j.Status.ToString(), j.Total, j.Imported, j.CreatedAt, j.FinishedAt }).ToListAsync(ct),
        resourcesCreated = await db.LearningResources.AsNoTracking().Where(r => r.CreatedBy == userId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, title = r.Title.Th, r.CreatedAt }).ToListAsync(ct),
        spacesCreated = await db.LearningSpaces.AsNoTracking().Where(s => s.CreatedBy == userId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, name = s.Name.Th, s.ContactEmail, s.CreatedAt }).ToListAsync(ct),
        fundingCreated = await db.FundingSources.AsNoTracking().Where(f => f.CreatedBy == userId).OrderBy(f => f.Id)
            .Select(f => new { f.Id, programme = f.Programme.Th, f.CreatedAt }).ToListAsync(ct),
        reportsResolved = await db.ContentReports.AsNoTracking().Where(r => r.ResolvedBy == userId).OrderBy(r => r.Id)
            .Select(r => new { reportId = r.Id, status = r.Status.ToString(), r.ResolutionNote, r.ResolvedAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var pseudonym = Guid.NewGuid();
        await db.ContentReports.Where(r => r.ReporterId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReporterId, pseudonym).SetProperty(r => r.Details, (string?)null), ct);
        await db.ContentReports.Where(r => r.ResolvedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.ResolvedBy, (Guid?)null), ct);
        await db.Set<ImportJob>().Where(j => j.CreatedBy == userId).ExecuteDeleteAsync(ct);
        await db.LearningResources.Where(r => r.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedBy, Guid.Empty), ct);
        await db.FundingSources.Where(f => f.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(f => f.CreatedBy, Guid.Empty), ct);
        await db.LearningSpaces.Where(s => s.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CreatedBy, Guid.Empty), ct);
        if (await accounts.SubjectAsync(userId, ct) is { Email.Length: > 0 } person)
        {
            var email = person.Email.ToLower();
            await db.LearningSpaces.Where(s => s.ContactEmail != null && s.ContactEmail.ToLower() == email)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ContactEmail, (string?)null), ct);
        }
    }
}
