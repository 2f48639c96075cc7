using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>What the new and edit pages share: the input, the publisher choice, the lists of the form and the file upload.</summary>
public abstract class ResourceFormPageModel(AppDbContext db, PublisherAccess access, FileStore files, JsonStringLocalizer l) : PageModel
{
    [BindProperty] public ResourceInput Input { get; set; } = new();
    /// <summary>"city:{id}" or "organisation:{id}", one of PublishersForAsync.</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>Set by the "save and publish" button.</summary>
    [BindProperty] public bool Publish { get; set; }

    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public string? CurrentFile { get; protected set; }
    public abstract bool IsNew { get; }
    protected PublisherAccess Access => access;
    protected JsonStringLocalizer L => l;

    public static string KeyOf(int? cityId, int? organisationId) =>
        cityId is { } c ? $"city:{c.ToString(CultureInfo.InvariantCulture)}" : $"organisation:{organisationId?.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>False when the user may publish for nobody (the page answers 403).</summary>
    protected async Task<bool> LoadListsAsync(CancellationToken ct)
    {
        Publishers = await access.PublishersForAsync(User, ct);
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        return Publishers.Count > 0;
    }

    /// <summary>A publisher was chosen that the user may not act for (a forged form): the page answers 403.</summary>
    protected bool PublisherRefused =>
        !string.IsNullOrEmpty(Publisher) && Publishers.All(p => KeyOf(p.CityId, p.OrganisationId) != Publisher);

    /// <summary>The chosen publisher, if it is one the user may act for (else a field error).</summary>
    protected (int? City, int? Organisation)? ChosenPublisher()
    {
        var chosen = Publishers.FirstOrDefault(p => KeyOf(p.CityId, p.OrganisationId) == Publisher);
        if (chosen is not null) return (chosen.CityId, chosen.OrganisationId);
        ModelState.AddModelError(nameof(Publisher), l["Validation.Choose", l["Resources.Field.Publisher"]]);
        return null;
    }

    protected void AddErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }

    /// <summary>Stores the uploaded file, if any: (true, null, null) when there is none; false (with a field error) when refused.</summary>
    protected async Task<(bool Ok, string? Name, string? Original)> SaveUploadAsync(CancellationToken ct)
    {
        if (Upload is null) return (true, null, null);
        var (check, name) = await files.SaveDocumentAsync(Upload, ct);
        if (check == FileCheck.Ok) return (true, name, Path.GetFileName(Upload.FileName));
        ModelState.AddModelError(nameof(Upload), l[$"Resources.File.{check}"]);
        return (false, null, null);
    }
}
