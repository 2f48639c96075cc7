using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>What the new and edit achievement pages share: the input, the lists, the image and the checks.</summary>
[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public abstract class AchievementFormPageModel(AppDbContext db, AchievementEditing editing, PublisherAccess publishers, FileStore files, JsonStringLocalizer l) : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected AchievementEditing Editing { get; } = editing;
    protected JsonStringLocalizer L { get; } = l;

    [BindProperty] public AchievementInput Input { get; set; } = new();
    /// <summary>"city:12" or "org:3".</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public IFormFile? Image { get; set; }

    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public string? CurrentImage { get; protected set; }

    public static string KeyOf(int? cityId, int? organisationId) =>
        cityId is { } c ? $"city:{c.ToString(CultureInfo.InvariantCulture)}" : organisationId is { } o ? $"org:{o.ToString(CultureInfo.InvariantCulture)}" : "";

    protected async Task LoadListsAsync(CancellationToken ct)
    {
        Publishers = await publishers.PublishersForAsync(User, ct);
        Topics = await Db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
    }

    /// <summary>Field checks, the publisher and the image; the stored image name when one was uploaded.</summary>
    protected async Task<(bool Ok, string? Image)> ValidateAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        var parts = (Publisher ?? "").Split(':');
        var number = parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        Input.CityId = parts[0] == "city" ? number : null;
        Input.OrganisationId = parts[0] == "org" ? number : null;
        if (!Publishers.Any(p => KeyOf(p.CityId, p.OrganisationId) == Publisher))
            ModelState.AddModelError(nameof(Publisher), L["Badges.Validation.Publisher"]);
        foreach (var (field, messages) in await Editing.CheckAsync(Input, ct))
            if (field != "publisher") foreach (var m in messages) ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", m);
        if (!ModelState.IsValid || Image is null) return (ModelState.IsValid, null);
        var (check, name) = await files.SaveImageAsync(Image, ct);
        if (check != FileCheck.Ok) ModelState.AddModelError(nameof(Image), L[$"Badges.Validation.Image.{check}"]);
        return (ModelState.IsValid, name);
    }
}
