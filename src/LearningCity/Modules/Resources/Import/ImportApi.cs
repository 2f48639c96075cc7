using System.Security.Claims;
using System.Text.Json;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

public sealed record ImportJobDto(Guid Id, string Kind, int? CityId, int? OrganisationId, bool DryRun, bool Publish, string Status,
    int Total, int Processed, int Imported, DateTime CreatedAt, DateTime? FinishedAt, ImportReport? Report, string Page);

public sealed record ImportJobAccepted(Guid JobId, string Url, string Page);

internal static class ImportApi
{
    public static void MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/import").WithTags("Import").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/{kind}", ImportAsync).WithName("ImportContent").DisableAntiforgery()
            .WithSummary("Check (dryRun=true, the default) or import a CSV (UTF-8, header row) or XLSX (first sheet) of resources, spaces or funding "
                + "sources (kind = resource, space or funding) for one publisher (cityId or organisationId). All rows or none are imported. "
                + "Long files become a background job (202 with its URL). A file with errors is refused with a 400 ProblemDetails that carries the report (rows, imported, dryRun).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces<ImportJobAccepted>(StatusCodes.Status202Accepted).ProducesProblem(403);
        group.MapGet("/jobs/{id:guid}", JobAsync).WithName("GetImportJob")
            .WithSummary("The progress of a background import job, and its report once done. Only its creator or an admin may read it.")
            .Produces<ImportJobDto>().ProducesProblem(403).ProducesProblem(404);
        app.MapGet("/import/template/{kind}.{extension}", Template).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> ImportAsync(string kind, bool? dryRun, bool? publish, int? cityId, int? organisationId, HttpRequest request,
        ClaimsPrincipal user, PublisherAccess access, ImportSubmission submission, JsonStringLocalizer l, CancellationToken ct)
    {
        if (ImportKinds.Parse(kind) is not { } importKind) return TypedResults.NotFound();
        var publishers = await access.PublishersForAsync(user, ct);
        if (publishers.Count == 0) return TypedResults.Problem(statusCode: 403, detail: l["Import.NotPublisher"]);
        if (cityId is null && organisationId is null && publishers.Count == 1) (cityId, organisationId) = (publishers[0].CityId, publishers[0].OrganisationId);
        if (cityId is null == organisationId is null) return RequestValidation.Problem("cityId", l["Import.ChoosePublisher"]);
        if (!await access.CanPublishForAsync(user, cityId, organisationId, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Import.NotPublisher"]);

        var options = new ImportOptions(importKind, new ImportTarget(cityId, organisationId), dryRun ?? true, publish == true);
        var file = request.HasFormContentType ? (await request.ReadFormOrRefuseAsync(ct)).Files.GetFile("file") : null;
        if (file is null) return Refused(ContentImporter.FileError(l["Import.NoFile"], options.DryRun), l);
        if (file.Length > ImportSubmission.MaxBytes) return Refused(ContentImporter.FileError(l["Import.TooLarge", ImportSubmission.MaxBytes / 1024 / 1024], options.DryRun), l);
        var content = await ReadAsync(file, ct);
        var outcome = await submission.SubmitAsync(options, content, file.FileName, user, ct);
        if (outcome.JobId is { } job)
            return TypedResults.Accepted($"/api/v1/import/jobs/{job}", new ImportJobAccepted(job, $"/api/v1/import/jobs/{job}", $"/import/jobs/{job}"));
        return outcome.Report!.Valid ? TypedResults.Ok(outcome.Report) : Refused(outcome.Report, l);
    }

    private static IResult Refused(ImportReport report, JsonStringLocalizer l) => ReportProblem.BadRequest(report, l["Import.Refused"]);

    private static async Task<IResult> JobAsync(Guid id, ClaimsPrincipal user, AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        var job = await db.Set<ImportJob>().AsNoTracking().Where(j => j.Id == id)
            .Select(j => new ImportJob
            {
                Id = j.Id, Kind = j.Kind, CityId = j.CityId, OrganisationId = j.OrganisationId, DryRun = j.DryRun, Publish = j.Publish,
                Status = j.Status, Total = j.Total, Processed = j.Processed, Imported = j.Imported, ReportJson = j.ReportJson,
                CreatedBy = j.CreatedBy, CreatedAt = j.CreatedAt, FinishedAt = j.FinishedAt,
            }).FirstOrDefaultAsync(ct);
        if (job is null) return TypedResults.NotFound();
        if (!ImportSubmission.MaySee(job, user)) return TypedResults.Problem(statusCode: 403, detail: l["Import.NotYourJob"]);
        return TypedResults.Ok(ToDto(job));
    }

    public static ImportJobDto ToDto(ImportJob j) => new(j.Id, j.Kind, j.CityId, j.OrganisationId, j.DryRun, j.Publish, j.Status.ToString(),
        j.Total, j.Processed, j.Imported, j.CreatedAt, j.FinishedAt, ReportOf(j), $"/import/jobs/{j.Id}");

    public static ImportReport? ReportOf(ImportJob j) =>
        j.ReportJson is null ? null : JsonSerializer.Deserialize<ImportReport>(j.ReportJson, ImportJobRunner.Json);

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static IResult Template(string kind, string extension) =>
        (ImportKinds.Parse(kind), extension.ToLowerInvariant()) switch
        {
            ({ } k, "csv") => TypedResults.File(ImportTemplates.Csv(k), "text/csv; charset=utf-8", ImportTemplates.FileName(k, "csv")),
            ({ } k, "xlsx") => TypedResults.File(ImportTemplates.Xlsx(k), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportTemplates.FileName(k, "xlsx")),
            _ => TypedResults.NotFound(),
        };
}
