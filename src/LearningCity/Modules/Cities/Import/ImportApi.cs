using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Cities.Import;

public sealed record ImportRowDto(int Row, bool Ok, Dictionary<string, string[]> Errors);
public sealed record ImportReportDto(IReadOnlyList<ImportRowDto> Rows, int Imported, bool DryRun);

internal static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder group, WebApplication app)
    {
        group.MapPost("/import", ImportAsync).WithName("ImportCities").RequireAuthorization(Policies.Admin)
            .WithSummary("Check (dryRun=true, the default) or import a city CSV: a multipart field 'file' or a text/csv body. All rows or none are imported; "
                + "a file with errors is refused with a 400 ProblemDetails that carries the report (rows, imported, dryRun).")
            .Accepts<IFormFile>("multipart/form-data", "text/csv")
            .Produces<ImportReportDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/admin/cities/import/template.csv", () => TypedResults.File(CityCsv.Template(), "text/csv; charset=utf-8", "learning-cities-template.csv"))
            .RequireAuthorization(Policies.Admin).ExcludeFromDescription();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, bool? dryRun, ClaimsPrincipal user, CityImporter importer, JsonStringLocalizer l, CancellationToken ct)
    {
        Stream? body = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormOrRefuseAsync(ct);
            body = form.Files.GetFile("file")?.OpenReadStream();
        }
        else if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The importer reads synchronously; a buffered copy keeps Kestrel's async-only body happy.
            var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            body = buffer;
        }
        if (body is null) return RequestValidation.Problem("file", l["Cities.Import.NoFile"]);
        await using (body)
        {
            var report = await importer.RunAsync(body, dryRun ?? true, user, ct);
            var dto = new ImportReportDto(report.Rows.Select(r => new ImportRowDto(r.Row, r.Ok, r.Errors)).ToList(), report.Imported, report.DryRun);
            return report.Valid ? TypedResults.Ok(dto) : ReportProblem.BadRequest(dto, l["Cities.Import.Refused"]);
        }
    }
}
