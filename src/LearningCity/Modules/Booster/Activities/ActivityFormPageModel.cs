using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>What the new and edit pages share: the input, the lists of the form and the checks. Times in the form are Thai local time.</summary>
public abstract class ActivityFormPageModel(AppDbContext db, ActivityRules rules, PublisherAccess publishers, JsonStringLocalizer l) : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected ActivityRules Rules { get; } = rules;
    protected JsonStringLocalizer L { get; } = l;
    protected PublisherAccess Access { get; } = publishers;

    [BindProperty] public ActivityInput Input { get; set; } = new();
    /// <summary>"city:12" or "org:3".</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public DateTime? OpensLocal { get; set; }
    [BindProperty] public DateTime? ClosesLocal { get; set; }
    /// <summary>New photos to add; existing ones stay unless unticked in KeepPhotos.</summary>
    [BindProperty] public List<IFormFile> PhotoUploads { get; set; } = [];
    [BindProperty] public List<string> KeepPhotos { get; set; } = [];
    public IReadOnlyList<string> CurrentPhotos { get; protected set; } = [];

    public const int MaxPhotos = 6;

    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Spaces { get; private set; } = [];

    public static string KeyOf(int? cityId, int? organisationId) =>
        cityId is { } c ? $"city:{c.ToString(CultureInfo.InvariantCulture)}" : organisationId is { } o ? $"org:{o.ToString(CultureInfo.InvariantCulture)}" : "";

    public static DateTimeOffset? FromThai(DateTime? local) =>
        local is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), ThaiTime.Offset) : null;

    public static DateTime? ToThai(DateTimeOffset? instant) => instant is { } i ? ThaiTime.Of(i.UtcDateTime) : null;

    protected async Task LoadListsAsync(CancellationToken ct)
    {
        Publishers = await Access.PublishersForAsync(User, ct);
        Topics = await Db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var spaces = await Db.LearningSpaces.AsNoTracking().Where(s => s.Status == PublicationStatus.Published)
            .OrderBy(s => s.ProvinceCode).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).Take(1000).ToListAsync(ct);
        Spaces = spaces.Select(s => (s.Id, s.Name.Current)).ToList();
    }

    /// <summary>Binding errors are replaced by the shared rules' errors, so the form and the API say the same.</summary>
    protected async Task<ActivityRules.Checked> ValidateAsync(CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        var (cityId, orgId) = ParsePublisher(Publisher);
        Input.CityId = cityId;
        Input.OrganisationId = orgId;
        Input.RegistrationOpensAt = FromThai(OpensLocal);
        Input.RegistrationClosesAt = FromThai(ClosesLocal);
        var check = await Rules.ValidateAsync(Input, ct);
        if (!Publishers.Any(p => KeyOf(p.CityId, p.OrganisationId) == Publisher)) check.Errors.Remove("cityId");
        if (!Publishers.Any(p => KeyOf(p.CityId, p.OrganisationId) == Publisher))
            ModelState.AddModelError(nameof(Publisher), L["Activities.Validation.Publisher"]);
        foreach (var (field, messages) in check.Errors)
            foreach (var m in messages)
                ModelState.AddModelError(field == "cityId" ? nameof(Publisher) : "Input." + char.ToUpperInvariant(field[0]) + field[1..], m);
        return check;
    }

    /// <summary>
    /// The photos after this save: the kept ones plus the uploads, each image checked by its content. Null (with a
    /// field error) when an upload is refused or there would be too many; nothing is stored then.
    /// </summary>
    protected async Task<List<string>?> PhotosAsync(IReadOnlyList<string> existing, CancellationToken ct)
    {
        var photos = existing.Where(KeepPhotos.Contains).ToList();
        var uploads = PhotoUploads.Where(f => f.Length > 0).ToList();
        if (photos.Count + uploads.Count > MaxPhotos)
        {
            ModelState.AddModelError(nameof(PhotoUploads), L["Activities.Photos.TooMany", MaxPhotos]);
            return null;
        }
        var files = HttpContext.RequestServices.GetRequiredService<FileStore>();
        foreach (var upload in uploads)
        {
            var (check, name) = await files.SaveImageAsync(upload, ct);
            if (check != FileCheck.Ok)
            {
                ModelState.AddModelError(nameof(PhotoUploads), L[$"Activities.Photos.{check}", upload.FileName]);
                return null;
            }
            photos.Add(name!);
        }
        return photos;
    }

    private static (int?, int?) ParsePublisher(string? key)
    {
        var parts = (key ?? "").Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (null, null);
        return parts[0] == "city" ? (id, null) : parts[0] == "org" ? (null, id) : (null, null);
    }
}
