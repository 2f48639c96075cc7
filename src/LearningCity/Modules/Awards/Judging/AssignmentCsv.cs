using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>
/// Assignments from a CSV (or XLSX) with the columns application_id and judge_email: every row is checked like a manual
/// assignment (conflicts are row errors naming the reason); unless it is a dry run, all rows are saved together, and only
/// when every row is valid.
/// </summary>
public sealed class AssignmentCsv(AppDbContext db, JudgingRules rules, Assigning assigning, JsonStringLocalizer l)
{
    public const string ApplicationColumn = "application_id";
    public const string JudgeColumn = "judge_email";
    public const int MaxRows = 2000;
    private static readonly string[] Columns = [ApplicationColumn, JudgeColumn];

    public async Task<Outcome<ImportReport>> RunAsync(int cycleId, byte[] content, bool dryRun, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } locked) return locked;
        var cycle = opened.Value!;
        Table table;
        try
        {
            table = TableFile.Read(content, Columns, MaxRows);
        }
        catch (TableFileException e)
        {
            return FileError(l["Awards.Judging.Csv.Unreadable", e.Row], dryRun);
        }
        var missing = Columns.Where(c => !table.Header.Contains(c)).ToList();
        if (missing.Count > 0) return FileError(l["Awards.Judging.Csv.MissingColumns", string.Join(", ", missing)], dryRun);
        if (table.Rows.Count == 0) return FileError(l["Awards.Judging.Csv.Empty"], dryRun);
        if (table.Rows.Count > MaxRows) return FileError(l["Awards.Judging.Csv.TooMany", MaxRows], dryRun);

        var judges = await (from j in db.AwardJudges.AsNoTracking()
                            join u in db.Users on j.UserId equals u.Id
                            where j.CycleId == cycleId
                            select new { j, u.NormalizedEmail }).ToListAsync(ct);
        var reports = new List<ImportRowReport>();
        var accepted = new List<(int ApplicationId, Guid JudgeUserId)>();
        foreach (var row in table.Rows)
        {
            var errors = new RowErrors();
            AwardApplication? application = null;
            if (!int.TryParse(row[ApplicationColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var applicationId))
                errors.Add(ApplicationColumn, l["Awards.Judging.Csv.BadApplicationId"]);
            else application = await db.AwardApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
            var email = row[JudgeColumn]?.ToUpperInvariant();
            var judge = judges.FirstOrDefault(j => j.NormalizedEmail == email)?.j;
            if (judge is null) errors.Add(JudgeColumn, l["Awards.Judging.Assign.NotOnPanel"]);
            if (errors.Count == 0)
            {
                if (accepted.Contains((applicationId, judge!.UserId))) errors.Add(JudgeColumn, l["Awards.Judging.Assign.Duplicate"]);
                else if (await assigning.CheckAsync(cycle, application, judge, ct) is { } refusal)
                    errors.Add(refusal.Key.StartsWith("Awards.Judging.Assign.Unknown", StringComparison.Ordinal) || refusal.Key == "Awards.Judging.Assign.NotSubmitted"
                        ? ApplicationColumn : JudgeColumn, refusal.Message(l));
                else accepted.Add((applicationId, judge.UserId));
            }
            reports.Add(errors.Report(row.Number));
        }
        var report = new ImportReport(reports, 0, dryRun);
        if (dryRun || !report.Valid) return report;
        foreach (var (applicationId, judgeUserId) in accepted) assigning.Add(cycleId, applicationId, judgeUserId, AssignmentMethod.Csv, admin);
        await db.SaveChangesAsync(ct);
        return report with { Imported = accepted.Count };
    }

    private static ImportReport FileError(string message, bool dryRun) =>
        new([new ImportRowReport(1, false, new Dictionary<string, string[]> { ["file"] = [message] })], 0, dryRun);
}
