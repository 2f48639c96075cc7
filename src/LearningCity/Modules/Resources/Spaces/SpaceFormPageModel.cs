using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>One row of the weekly opening-hours editor: closed, or one or two intervals.</summary>
public sealed class DayRow
{
    public DayOfWeek Day { get; set; }
    public bool Closed { get; set; }
    public TimeOnly? Opens1 { get; set; }
    public TimeOnly? Closes1 { get; set; }
    public TimeOnly? Opens2 { get; set; }
    public TimeOnly? Closes2 { get; set; }
}

/// <summary>What the new-space and edit-space pages share: the input, the lists of the form, hours, photos and checks.</summary>
public abstract class SpaceFormPageModel(AppDbContext db, SpaceRules rules, PublisherAccess publishers, FileStore files, JsonStringLocalizer l) : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected JsonStringLocalizer L { get; } = l;
    protected PublisherAccess Access { get; } = publishers;

    [BindProperty] public SpaceInput Input { get; set; } = new();
    [BindProperty] public List<DayRow> Days { get; set; } = [];
    [BindProperty] public string? FacilitiesText { get; set; }
    [BindProperty] public List<string> Accessibility { get; set; } = [];
    /// <summary>"city:12" or "org:3": one of the publishers the user may act for.</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public List<IFormFile> NewPhotos { get; set; } = [];
    [BindProperty] public List<string> RemovePhotos { get; set; } = [];

    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];
    public IReadOnlyList<string> CurrentPhotos { get; protected set; } = [];

    public static string KeyOf(int? cityId, int? organisationId) =>
        cityId is { } c ? $"city:{c.ToString(CultureInfo.InvariantCulture)}" : organisationId is { } o ? $"org:{o.ToString(CultureInfo.InvariantCulture)}" : "";

    protected async Task LoadListsAsync(CancellationToken ct)
    {
        Regions = await Db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct);
        Provinces = await Db.Provinces.AsNoTracking().OrderBy(p => p.Name.Th).ToListAsync(ct);
        Publishers = await Access.PublishersForAsync(User, ct);
    }

    protected void FillDays(IReadOnlyList<OpeningInterval> hours)
    {
        Days = ThaiClock.Week.Select(d =>
        {
            var intervals = hours.Where(h => h.Day == d).OrderBy(h => h.Opens).ToList();
            return new DayRow
            {
                // A new form starts with every day open for typing; an existing space shows its closed days ticked.
                Day = d, Closed = hours.Count > 0 && intervals.Count == 0,
                Opens1 = intervals.ElementAtOrDefault(0)?.Opens, Closes1 = intervals.ElementAtOrDefault(0)?.Closes,
                Opens2 = intervals.ElementAtOrDefault(1)?.Opens, Closes2 = intervals.ElementAtOrDefault(1)?.Closes,
            };
        }).ToList();
    }

    /// <summary>Field checks from binding plus the checks across fields and against the database.</summary>
    protected async Task<(bool Ok, List<OpeningInterval> Hours, AccessibilityFeature Features)> ValidateAsync(CancellationToken ct)
    {
        Input.Normalize();
        var (cityId, orgId) = ParsePublisher(Publisher);
        Input.CityId = cityId;
        Input.OrganisationId = orgId;
        if (!Publishers.Any(p => KeyOf(p.CityId, p.OrganisationId) == Publisher))
            ModelState.AddModelError(nameof(Publisher), L["Spaces.Validation.Publisher"]);
        if (ModelState.GetFieldValidationState("Input.ProvinceCode") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && await rules.ProvinceErrorAsync(Input.ProvinceCode, ct) is { } province)
            ModelState.AddModelError("Input.ProvinceCode", province);
        var hours = ReadHours();
        var (features, featureError) = rules.ParseAccessibility(Accessibility);
        if (featureError is not null) ModelState.AddModelError(nameof(Accessibility), featureError);
        return (ModelState.IsValid, hours, features);
    }

    private List<OpeningInterval> ReadHours()
    {
        var hours = new List<OpeningInterval>();
        for (var i = 0; i < Days.Count; i++)
        {
            var row = Days[i];
            if (row.Closed || !Enum.IsDefined(row.Day)) continue;
            AddInterval(hours, row.Day, row.Opens1, row.Closes1, $"Days[{i}].Opens1");
            AddInterval(hours, row.Day, row.Opens2, row.Closes2, $"Days[{i}].Opens2");
        }
        return hours;
    }

    private void AddInterval(List<OpeningInterval> hours, DayOfWeek day, TimeOnly? opens, TimeOnly? closes, string field)
    {
        // A day neither closed nor given hours is taken as closed; only a half-filled interval is an error.
        if (opens is null && closes is null) return;
        if (opens is not { } o || closes is not { } c) ModelState.AddModelError(field, L["Spaces.Validation.Time"]);
        else if (rules.IntervalError(o, c) is { } error) ModelState.AddModelError(field, error);
        else hours.Add(new OpeningInterval(day, o, c));
    }

    public static (int? City, int? Org) ParsePublisher(string? key)
    {
        if (key?.Split(':') is not [var kind, var id] || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return (null, null);
        return kind switch { "city" => (n, null), "org" => (null, n), _ => (null, null) };
    }

    /// <summary>Stores uploaded photos; false (with a field error) when one is refused.</summary>
    protected async Task<(bool Ok, List<string> Names)> SavePhotosAsync(CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var photo in NewPhotos.Take(10))
        {
            var (check, name) = await files.SaveImageAsync(photo, ct);
            if (check != FileCheck.Ok)
            {
                ModelState.AddModelError(nameof(NewPhotos), L[$"Spaces.Photo.{check}"]);
                return (false, names);
            }
            names.Add(name!);
        }
        return (true, names);
    }

    protected async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Page();
    }
}
