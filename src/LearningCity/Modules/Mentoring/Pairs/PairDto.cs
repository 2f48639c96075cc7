using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Mentoring.Data;

namespace LearningCity.Modules.Mentoring.Pairs;

public sealed record PairCityDto(int Id, string Name, string Url);

public sealed record PairIndicatorDto(string Code, string? Name);

public sealed record PairPersonDto(string Name, string Side);

/// <summary>A meeting: the day as ISO (yyyy-MM-dd) and its notes.</summary>
public sealed record PairMeetingDto(int Id, DateOnly Date, string Notes, DateTime RecordedAt);

public sealed record PairNoteDto(int Id, string Text, DateTime WrittenAt);

/// <summary>
/// A pair as the API and the pages show it. Meetings and notes are present only for its people, the coordinators of
/// both cities and admins (null for everyone else); people's names only for those who manage it or are named in it.
/// </summary>
public sealed record PairDto(int Id, string Status, PairCityDto Mentor, PairCityDto Mentee, string RequestedBySide,
    IReadOnlyList<PairIndicatorDto> Indicators, string? Goals, DateTime RequestedAt, DateTime? RespondedAt, DateTime? EndedAt, bool IsDemo,
    IReadOnlyList<PairPersonDto>? People, IReadOnlyList<PairMeetingDto>? Meetings, IReadOnlyList<PairNoteDto>? Notes)
{
    public string Url => $"/mentoring/pairs/{Id}";
}

/// <summary>Builds <see cref="PairDto"/>s with the names of cities, indicators and people in few queries.</summary>
public sealed class PairReader(CityLookup cities, IndicatorScores indicators, AccountDirectory accounts)
{
    public async Task<List<PairDto>> ToDtosAsync(IReadOnlyList<MentoringPair> pairs, Func<MentoringPair, PairRights?> rights, CancellationToken ct)
    {
        var cityNames = await cities.FindManyAsync(pairs.SelectMany(p => new[] { p.MentorCityId, p.MenteeCityId }), ct);
        var codes = await indicators.NamesAsync(pairs.SelectMany(p => p.Indicators), ct);
        var privy = pairs.Where(p => rights(p)?.CanReadNotes == true).ToList();
        var people = await accounts.DisplayNamesAsync(privy.SelectMany(p => p.People.Select(x => x.UserId)), ct);
        PairCityDto City(int id) => new(id, cityNames.TryGetValue(id, out var c) ? new BilingualText(c.NameTh, c.NameEn).Current : id.ToString(), $"/cities/{id}");
        return pairs.Select(p =>
        {
            var open = privy.Contains(p);
            return new PairDto(p.Id, p.Status.ToString(), City(p.MentorCityId), City(p.MenteeCityId), p.RequestedBySide.ToString(),
                p.Indicators.Select(c => new PairIndicatorDto(c, codes.TryGetValue(c, out var n) ? n.Current : null)).ToList(),
                string.IsNullOrEmpty(p.Goals.Th) ? null : p.Goals.Current, p.RequestedAt, p.RespondedAt, p.EndedAt, p.IsDemo,
                open ? p.People.OrderBy(x => x.Side).ThenBy(x => x.AddedAt).Select(x => new PairPersonDto(people.GetValueOrDefault(x.UserId, ""), x.Side.ToString())).ToList() : null,
                open ? p.Meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Select(m => new PairMeetingDto(m.Id, m.Date, m.Notes, m.RecordedAt)).ToList() : null,
                open ? p.Notes.OrderByDescending(n => n.WrittenAt).Select(n => new PairNoteDto(n.Id, n.Text, n.WrittenAt)).ToList() : null);
        }).ToList();
    }
}
