using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Modules.Mentoring.Pairs;
using LearningCity.Modules.Mentoring.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Pages;

/// <summary>One coordinated city's corner of the page: its willingness, its suggestions, its requests and pairs.</summary>
public sealed record CityCorner(int CityId, string Name, bool Willing, SuggestionList Suggestions, IReadOnlyList<PairDto> Pairs);

/// <summary>The public list of active pairs; for a coordinator, each of their cities' suggestions, requests and pairs.</summary>
public sealed class MentoringHubModel(AppDbContext db, CityAccess access, CityLookup cities, PairReader reader, PairAccess pairAccess,
    MentorSuggestions suggestions, PairRequests requests, PairRecords records, JsonStringLocalizer l) : PageModel
{
    public IReadOnlyList<PairDto> Active { get; private set; } = [];
    public IReadOnlyList<CityCorner> Corners { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostWillingAsync(int cityId, bool willing, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var status = await records.SetWillingAsync(cityId, willing, User, ct);
        if (status != 200) return StatusCode(status);
        TempData["Flash"] = "Mentoring.Hub.WillingSaved";
        return Redirect("/mentoring");
    }

    public async Task<IActionResult> OnPostRequestAsync(int? menteeCityId, int? mentorCityId, string? indicator, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var outcome = menteeCityId is null || mentorCityId is null
            ? PairOutcome.Refuse(400, "Mentoring.Error.NoCity")
            : await requests.RequestAsync(new PairRequestInput { MenteeCityId = menteeCityId, MentorCityId = mentorCityId, Indicators = [indicator ?? ""] }, User, ct);
        if (outcome.Refused)
        {
            Error = l[outcome.Error!].Value;
            Response.StatusCode = outcome.Status;
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = "Mentoring.Hub.Requested";
        return Redirect(outcome.Pair!.Id is var id ? $"/mentoring/pairs/{id}" : "/mentoring");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var active = await db.MentoringPairs.AsNoTracking().Where(p => p.Status == PairStatus.Active)
            .OrderByDescending(p => p.RespondedAt).ThenByDescending(p => p.Id).Take(100).ToListAsync(ct);
        Active = await reader.ToDtosAsync(active, _ => null, ct);

        var mine = new List<int>();
        foreach (var id in await access.ScopedCityIdsAsync(User, ct))
            if (await access.CanEditAsync(User, id, ct)) mine.Add(id);
        if (mine.Count == 0) return;
        var names = await cities.FindManyAsync(mine, ct);
        var corners = new List<CityCorner>();
        foreach (var id in mine.Where(names.ContainsKey).Take(5))
        {
            var pairs = await db.MentoringPairs.Include(p => p.People).AsNoTracking()
                .Where(p => p.MentorCityId == id || p.MenteeCityId == id).OrderBy(p => p.Status).ThenByDescending(p => p.Id).Take(50).ToListAsync(ct);
            var rights = new Dictionary<int, PairRights>();
            foreach (var p in pairs) rights[p.Id] = await pairAccess.RightsAsync(User, p, ct);
            corners.Add(new CityCorner(id, new BilingualText(names[id].NameTh, names[id].NameEn).Current, await records.IsWillingAsync(id, ct),
                await suggestions.ForCityAsync(id, ct), await reader.ToDtosAsync(pairs, p => rights[p.Id], ct)));
        }
        Corners = corners;
    }
}
