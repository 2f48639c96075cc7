using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Import;

/// <summary>What became of an upload: a report at once, or a background job for a long file.</summary>
public sealed record ImportOutcome(ImportReport? Report, Guid? JobId);

/// <summary>
/// Takes an uploaded file: small files are checked (and imported) within the request; files of more than
/// Import:BackgroundThresholdRows rows become a job that a background worker on any node processes.
/// </summary>
public sealed class ImportSubmission(AppDbContext db, ContentImporter importer, IConfiguration config, TimeProvider time)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public int Threshold => Math.Max(1, config.GetValue("Import:BackgroundThresholdRows", 200));

    public async Task<ImportOutcome> SubmitAsync(ImportOptions options, byte[] content, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var (table, error) = importer.Read(content, options);
        if (table is null) return new ImportOutcome(error, null);
        if (table.Rows.Count <= Threshold)
            return new ImportOutcome(await importer.RunAsync(table, options, user, null, ct), null);

        var job = new ImportJob
        {
            Id = Guid.NewGuid(), Kind = options.Kind.Slug(), CityId = options.Target.CityId, OrganisationId = options.Target.OrganisationId,
            DryRun = options.DryRun, Publish = options.Publish, Culture = CultureInfo.CurrentUICulture.Name,
            Status = ImportJobStatus.Queued, Total = table.Rows.Count, FileName = Path.GetFileName(fileName),
            Content = content, CreatedBy = CityAccess.UserId(user) ?? Guid.Empty, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        if (job.FileName.Length > 300) job.FileName = job.FileName[..300];
        db.Set<ImportJob>().Add(job);
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, job.Id);
    }

    /// <summary>A job is seen by the person who started it and by admins.</summary>
    public static bool MaySee(ImportJob job, ClaimsPrincipal user) =>
        CityAccess.IsAdmin(user) || CityAccess.UserId(user) is { } id && id == job.CreatedBy;
}
