using System.Security.Claims;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Frameworks;

internal static class FrameworksApi
{
    public static void MapFrameworksApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments/frameworks").WithTags("Assessment framework");
        group.MapGet("/", ListAsync).WithName("ListFrameworks").WithSummary("Framework versions: published ones for everyone, drafts too for admins.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetFramework")
            .WithSummary("A framework version as a tree (areas, focus areas, indicators); the same JSON the import takes.").Produces<FrameworkDocument>().ProducesProblem(404);
        group.MapGet("/{id:int}/csv", CsvAsync).WithName("GetFrameworkCsv").WithSummary("A framework version as CSV, one row per indicator.").ProducesProblem(404);
        var admin = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", ImportAsync).WithName("ImportFramework").WithSummary("Creates a new draft version from a JSON tree.")
            .Produces<FrameworkDocument>(201).ProducesValidationProblem();
        admin.MapPost("/csv", ImportCsvAsync).WithName("ImportFrameworkCsv").DisableAntiforgery()
            .WithSummary("Creates a new draft version from a CSV file (columns as in the CSV export); nameTh and nameEn are form fields.")
            .Accepts<IFormFile>("multipart/form-data").Produces<FrameworkDocument>(201).ProducesValidationProblem();
        admin.MapPost("/{id:int}/drafts", CopyAsync).WithName("CopyFramework").WithSummary("Starts a new draft version as a copy of this one.")
            .Produces<FrameworkDocument>(201).ProducesProblem(404);
        admin.MapPost("/{id:int}/publish", PublishAsync).WithName("PublishFramework").WithSummary("Publishes a draft; from then on it never changes.")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPut("/{id:int}/indicators/{code}", PutIndicatorAsync).WithName("PutIndicator")
            .WithSummary("Replaces an indicator of a draft, or adds it to the focus area given by `focusArea` when the code is new.")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapDelete("/{id:int}/indicators/{code}", DeleteIndicatorAsync).WithName("DeleteIndicator").WithSummary("Removes an indicator from a draft.")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteFramework").WithSummary("Deletes a draft version.").ProducesProblem(404).ProducesProblem(409);
    }

    internal static async Task<IndicatorFramework?> VisibleAsync(AppDbContext db, int id, ClaimsPrincipal user, CancellationToken ct, bool track = false)
    {
        var status = await db.IndicatorFrameworks.Where(f => f.Id == id).Select(f => (FrameworkStatus?)f.Status).FirstOrDefaultAsync(ct);
        if (status is null || (status == FrameworkStatus.Draft && !Privileges.IsAdmin(user))) return null;
        return await FrameworkReader.LoadAsync(db, id, ct, track);
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var admin = Privileges.IsAdmin(user);
        var list = await db.IndicatorFrameworks.AsNoTracking().Where(f => admin || f.Status == FrameworkStatus.Published).OrderByDescending(f => f.VersionNumber)
            .Select(f => new { f.Id, f.VersionNumber, NameTh = f.Name.Th, NameEn = f.Name.En, Status = f.Status.ToString(), f.PublishedAt }).ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await VisibleAsync(db, id, user, ct) is { } f ? TypedResults.Ok(FrameworkDocument.Of(f)) : TypedResults.NotFound();

    private static async Task<IResult> CsvAsync(int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct) is not { } f) return TypedResults.NotFound();
        var csv = new StringBuilder();
        CsvWriter.Row(csv, FrameworkCsv.Columns);
        foreach (var row in FrameworkCsv.Rows(f)) CsvWriter.Row(csv, row);
        return TypedResults.File(CsvWriter.Bytes(csv), "text/csv; charset=utf-8", $"framework-v{f.VersionNumber}.csv");
    }

    private static async Task<IResult> ImportAsync(FrameworkDocument document, ClaimsPrincipal user, FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        var (framework, errors) = await editing.ImportAsync(document, user, ct);
        return framework is null ? AssessmentProblems.Validation("framework", errors, l)
            : TypedResults.Created($"/api/v1/assessments/frameworks/{framework.Id}", FrameworkDocument.Of(framework));
    }

    private static async Task<IResult> ImportCsvAsync(IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? nameTh, [Microsoft.AspNetCore.Mvc.FromForm] string? nameEn,
        ClaimsPrincipal user, FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return AssessmentProblems.Validation("file", ["Assessment.Import.NoFile"], l);
        Table table;
        try
        {
            await using var stream = file.OpenReadStream();
            table = CsvTable.Read(stream, FrameworkCsv.Columns, 5000);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return AssessmentProblems.Validation("file", ["Assessment.Import.BadCsv"], l);
        }
        var (document, errors) = FrameworkCsv.Read(table.Rows, nameTh ?? "", nameEn);
        if (errors.Count > 0) return AssessmentProblems.Validation("file", errors, l);
        return await ImportAsync(document, user, editing, l, ct);
    }

    private static async Task<IResult> CopyAsync(int id, ClaimsPrincipal user, AppDbContext db, FrameworkEditing editing, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct) is not { } f) return TypedResults.NotFound();
        var copy = await editing.CopyAsDraftAsync(f, user, ct);
        return TypedResults.Created($"/api/v1/assessments/frameworks/{copy.Id}", FrameworkDocument.Of(copy));
    }

    private static async Task<IResult> PublishAsync(int id, ClaimsPrincipal user, AppDbContext db, FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct, track: true) is not { } f) return TypedResults.NotFound();
        var outcome = await editing.PublishAsync(f, user, ct);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(FrameworkDocument.Of(f)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> PutIndicatorAsync(int id, string code, string? focusArea, IndicatorDocument input, ClaimsPrincipal user, AppDbContext db,
        FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct, track: true) is not { } f) return TypedResults.NotFound();
        var indicator = f.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        var focus = indicator is not null ? f.Areas.SelectMany(a => a.FocusAreas).First(x => x.Id == indicator.FocusAreaId)
            : f.Areas.SelectMany(a => a.FocusAreas).FirstOrDefault(x => string.Equals(x.Code, focusArea, StringComparison.OrdinalIgnoreCase));
        if (focus is null) return AssessmentProblems.Validation("focusArea", ["Assessment.Framework.FocusArea"], l);
        var (outcome, errors) = await editing.SaveIndicatorAsync(f, focus, indicator, input, user, ct);
        if (outcome == SaveOutcome.Invalid) return AssessmentProblems.Validation("indicator", errors, l);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(FrameworkDocument.Of(f)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> DeleteIndicatorAsync(int id, string code, ClaimsPrincipal user, AppDbContext db, FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct, track: true) is not { } f) return TypedResults.NotFound();
        if (f.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } indicator) return TypedResults.NotFound();
        var outcome = await editing.DeleteIndicatorAsync(f, indicator, user, ct);
        return outcome == SaveOutcome.Saved ? TypedResults.NoContent() : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> DeleteAsync(int id, ClaimsPrincipal user, AppDbContext db, FrameworkEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await VisibleAsync(db, id, user, ct, track: true) is not { } f) return TypedResults.NotFound();
        var outcome = await editing.DeleteDraftAsync(f, user, ct);
        return outcome == SaveOutcome.Saved ? TypedResults.NoContent() : AssessmentProblems.Outcome(outcome, l);
    }
}
