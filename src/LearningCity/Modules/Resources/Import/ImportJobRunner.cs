using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

/// <summary>
/// Processes queued import jobs. A node claims a job with a conditional update, so each job runs once; a job whose
/// node died (its lock expired) is taken over by another node and checked again from the start. A job that imports
/// rows is marked done in the transaction that writes them: a job is never half imported, and never run again after
/// its rows are in.
/// </summary>
public sealed class ImportJobRunner(IServiceScopeFactory scopes, IConfiguration config, TimeProvider time, ILogger<ImportJobRunner> log)
    : BackgroundService
{
    /// <summary>How long a claimed job stays its node's without progress; a dead node's job waits this long for another.</summary>
    private TimeSpan Lock => TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Import:LockSeconds", 300.0)));
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Max(0.05, config.GetValue("Import:PollSeconds", 1.0)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunNextAsync(stoppingToken)) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Import job pass failed; will retry");
            }
            try { await Task.Delay(delay, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var jobs = db.Set<ImportJob>();
        var now = time.GetUtcNow().UtcDateTime;
        var candidate = await jobs
            .Where(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running && j.LockedUntil < now)
            .OrderBy(j => j.CreatedAt).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
        if (candidate is not { } id) return false;
        var claimed = await jobs
            .Where(j => j.Id == id && (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running && j.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Running).SetProperty(j => j.Processed, 0)
                .SetProperty(j => j.LockedUntil, now + Lock), ct);
        if (claimed == 0) return true; // another node took it

        var job = await jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.FromLanguageCode(job.Culture));
        try
        {
            var finished = false;
            var report = await ProcessAsync(scope.ServiceProvider, db, job, async saved =>
            {
                await FinishAsync(db, id, ImportJobStatus.Done, saved, ct);
                finished = true;
            }, ct);
            if (!finished) await FinishAsync(db, id, ImportJobStatus.Done, report, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Import job {Id} failed", id);
            var l = scope.ServiceProvider.GetRequiredService<JsonStringLocalizer>();
            await FinishAsync(db, id, ImportJobStatus.Failed, ContentImporter.FileError(l["Import.JobFailed"], job.DryRun), ct);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
        return true;
    }

    private async Task<ImportReport> ProcessAsync(IServiceProvider services, AppDbContext db, ImportJob job, Func<ImportReport, Task> saved, CancellationToken ct)
    {
        var importer = services.GetRequiredService<ContentImporter>();
        var options = new ImportOptions(ImportKinds.Parse(job.Kind)!.Value, new ImportTarget(job.CityId, job.OrganisationId), job.DryRun, job.Publish);
        var (table, error) = importer.Read(job.Content, options);
        if (table is null) return error!;
        var actor = await ActorAsync(db, job.CreatedBy, ct);
        // Checked again now: a job may wait in the queue, or be taken over after a crash, after its creator lost the right.
        if (!await services.GetRequiredService<PublisherAccess>().CanPublishForAsync(actor, job.CityId, job.OrganisationId, ct))
            return ContentImporter.FileError(services.GetRequiredService<JsonStringLocalizer>()["Import.NoLongerPublisher"], job.DryRun);
        var step = Math.Max(1, table.Rows.Count / 50);
        return await importer.RunAsync(table, options, actor, async processed =>
        {
            if (processed % step != 0 && processed != table.Rows.Count) return;
            var until = time.GetUtcNow().UtcDateTime + Lock;
            await db.Set<ImportJob>().Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Processed, processed).SetProperty(j => j.LockedUntil, until), ct);
        }, ct, saved);
    }

    /// <summary>The job's creator, with their roles as they are now, as the actor of its audit entries; nobody if the account is gone.</summary>
    private static async Task<ClaimsPrincipal> ActorAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        if (name is null) return new ClaimsPrincipal(new ClaimsIdentity());
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(ct);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, name),
             ..roles.OfType<string>().Select(r => new Claim(ClaimTypes.Role, r))], "import-job");
        return new ClaimsPrincipal(identity);
    }

    private async Task FinishAsync(AppDbContext db, Guid id, ImportJobStatus status, ImportReport report, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(report, Json);
        var finished = time.GetUtcNow().UtcDateTime;
        // Only a running job: a failure after a job's rows and its end committed must not turn it into a failed one.
        await db.Set<ImportJob>().Where(j => j.Id == id && j.Status == ImportJobStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status).SetProperty(j => j.ReportJson, json).SetProperty(j => j.Imported, report.Imported)
            .SetProperty(j => j.Processed, j => j.Total).SetProperty(j => j.FinishedAt, finished)
            .SetProperty(j => j.LockedUntil, (DateTime?)null).SetProperty(j => j.Content, Array.Empty<byte>()), ct);
    }
}
