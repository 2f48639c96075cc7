using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging.Pages;

public sealed record ApplicationChoice(int Id, string CityName, string ProvinceCode);

/// <summary>The secretariat's page for a cycle's panel, mentoring relations and assignments (manual, CSV, automatic).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class JudgesModel(AppDbContext db, JudgePanel panel, ConflictRecords records, Assigning assigning, AutomaticAssignment automatic,
    AssignmentCsv csv, JsonStringLocalizer l, Cities.Public.ProvinceNames provinceNames) : PageModel
{
    public IReadOnlyDictionary<string, BilingualText> Provinces { get; private set; } = new Dictionary<string, BilingualText>();
    public string Province(string? code) => Cities.Public.ProvinceNames.Of(Provinces, code);

    public AwardCycle Cycle { get; private set; } = null!;
    public List<JudgeDto> Judges { get; private set; } = [];
    public List<MentoringDto> Mentoring { get; private set; } = [];
    public List<AssignmentDto> Assignments { get; private set; } = [];
    public List<ApplicationChoice> Applications { get; private set; } = [];
    public Refusal? Refused { get; private set; }
    public string? Notice { get; private set; }
    public ImportReport? CsvReport { get; private set; }
    public AutomaticReport? Automatic { get; private set; }

    public string Message(Refusal r) => r.Message(l);

    public Task<IActionResult> OnGetAsync(int cycleId, string? done, CancellationToken ct)
    {
        Notice = done;
        return LoadAsync(cycleId, ct);
    }

    public Task<IActionResult> OnPostAddJudgeAsync(int cycleId, string? email, string? provinceCode, string? organisation, int? organisationCityId, CancellationToken ct) =>
        DoAsync(cycleId, async () => (await panel.AddAsync(cycleId, new AddJudgeRequest(email, provinceCode, organisation, organisationCityId), User, ct)).Refusal, "judge-added", ct);

    public Task<IActionResult> OnPostRemoveJudgeAsync(int cycleId, int judgeId, CancellationToken ct) =>
        DoAsync(cycleId, async () => (await panel.RemoveAsync(cycleId, judgeId, User, ct)).Refusal, "judge-removed", ct);

    public Task<IActionResult> OnPostMentoringAsync(int cycleId, string? email, int cityId, string? note, CancellationToken ct) =>
        DoAsync(cycleId, async () => (await records.RecordMentoringAsync(new MentoringRequest(email, cityId, note), User, ct)).Refusal, "mentoring-recorded", ct);

    public Task<IActionResult> OnPostAssignAsync(int cycleId, int applicationId, Guid judgeUserId, CancellationToken ct) =>
        DoAsync(cycleId, async () => (await assigning.AssignAsync(cycleId, new AssignRequest(applicationId, judgeUserId), User, ct)).Refusal, "assigned", ct);

    public Task<IActionResult> OnPostUnassignAsync(int cycleId, int assignmentId, CancellationToken ct) =>
        DoAsync(cycleId, async () => (await assigning.UnassignAsync(cycleId, assignmentId, User, ct)).Refusal, "unassigned", ct);

    public async Task<IActionResult> OnPostAutomaticAsync(int cycleId, CancellationToken ct)
    {
        var outcome = await automatic.RunAsync(cycleId, User, ct);
        (Refused, Automatic) = (outcome.Refusal, outcome.Value);
        return await LoadAsync(cycleId, ct);
    }

    public async Task<IActionResult> OnPostCsvAsync(int cycleId, IFormFile? file, bool commit, CancellationToken ct)
    {
        if (file is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var outcome = await csv.RunAsync(cycleId, buffer.ToArray(), !commit, User, ct);
            (Refused, CsvReport) = (outcome.Refusal, outcome.Value);
        }
        else Refused = Refusal.Of(400, "Awards.Judging.Csv.NoFile");
        return await LoadAsync(cycleId, ct);
    }

    private async Task<IActionResult> DoAsync(int cycleId, Func<Task<Refusal?>> action, string done, CancellationToken ct)
    {
        Refused = await action();
        if (Refused is { Status: 404 } && !await db.AwardCycles.AnyAsync(c => c.Id == cycleId, ct)) return NotFound();
        return Refused is null ? Redirect($"/awards/cycles/{cycleId}/judges?done={done}") : await LoadAsync(cycleId, ct);
    }

    private async Task<IActionResult> LoadAsync(int cycleId, CancellationToken ct)
    {
        if (await db.AwardCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct) is not { } cycle) return NotFound();
        Cycle = cycle;
        Provinces = await provinceNames.AllAsync(ct);
        Judges = await panel.ListAsync(cycleId, ct);
        Mentoring = await records.MentoringAsync(ct);
        Assignments = await assigning.ListAsync(cycleId, ct);
        Applications = await (from a in db.AwardApplications.AsNoTracking()
                              join c in db.Cities on a.CityId equals c.Id
                              where a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted
                              orderby a.Id
                              select new ApplicationChoice(a.Id, c.Name.Th, c.ProvinceCode)).ToListAsync(ct);
        return Page();
    }
}
