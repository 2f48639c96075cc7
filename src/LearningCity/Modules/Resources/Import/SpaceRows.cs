using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

/// <summary>Rows of learning spaces, checked by SpaceRules like the API body of a new space.</summary>
public sealed class SpaceRows(AppDbContext db, SpaceRules rules, ChoiceText choices, OpeningHoursText hoursText, JsonStringLocalizer l)
    : ContentRows(l)
{
    private List<Province>? _provinces;

    public override ImportKind Kind => ImportKind.Space;

    public override Task<List<string>> ExistingTitlesAsync(ImportTarget target, CancellationToken ct)
    {
        var query = db.LearningSpaces.AsNoTracking();
        query = target.CityId is { } city ? query.Where(s => s.CityId == city) : query.Where(s => s.OrganisationId == target.OrganisationId);
        return query.Select(s => s.Name.Th).ToListAsync(ct);
    }

    public override async Task<CheckedItem?> CheckAsync(TableRow row, ImportTarget target, RowErrors errors, CancellationToken ct)
    {
        _provinces ??= await db.Provinces.AsNoTracking().ToListAsync(ct);
        var (hours, hoursError) = hoursText.Parse(row["opening_hours"]);
        if (hoursError is not null) errors.Add("opening_hours", hoursError);
        var input = new SpaceApiInput
        {
            NameTh = row["name_th"], NameEn = row["name_en"],
            DescriptionTh = row["description_th"], DescriptionEn = row["description_en"],
            Type = choices.Code<SpaceType>(row["type"], "Resources.SpaceType."),
            AddressTh = row["address_th"],
            ProvinceCode = ProvinceCode(row["province_code"]),
            District = row["district"],
            Latitude = Number<double>(row, "latitude", errors),
            Longitude = Number<double>(row, "longitude", errors),
            OpeningHours = hours,
            Facilities = ChoiceText.Split(row["facilities"]),
            Accessibility = choices.Codes<AccessibilityFeature>(row["accessibility"], "Resources.Accessibility."),
            IsFree = Boolean(row, "is_free", true, errors),
            FeeNote = row["fee_note"], ContactPhone = row["contact_phone"], ContactEmail = row["contact_email"], Website = row["website"],
            CityId = target.CityId, OrganisationId = target.OrganisationId,
        };
        var (fieldErrors, intervals) = await rules.ValidateAsync(input, ct);
        var (features, featureError) = rules.ParseAccessibility(input.Accessibility);
        if (featureError is not null) fieldErrors["accessibility"] = [featureError];
        AddFieldErrors(errors, fieldErrors);
        if (errors.Count > 0) return null;

        var space = new LearningSpace();
        input.ApplyTo(space, SpaceInput.ParseFacilities(input.Facilities), intervals, features);
        return new CheckedItem(space, space.Name.Th);
    }

    public override void Add(object item, bool publish, DateTime now, Guid userId)
    {
        var space = (LearningSpace)item;
        space.Status = publish ? PublicationStatus.Published : PublicationStatus.Draft;
        (space.CreatedBy, space.CreatedAt, space.UpdatedAt, space.Version) = (userId, now, now, 1);
        db.LearningSpaces.Add(space);
    }

    public override (string EntityType, int Id, object Snapshot) Saved(object item)
    {
        var space = (LearningSpace)item;
        return ("LearningSpace", space.Id, SpaceSnapshot.Of(space));
    }

    /// <summary>An ISO code ("TH-50", or "50") or a province's Thai or English name; anything else goes to the rules as written.</summary>
    private string? ProvinceCode(string? text)
    {
        if (text is null) return null;
        var code = text.All(char.IsAsciiDigit) ? "TH-" + text : text.ToUpperInvariant();
        return _provinces!.FirstOrDefault(p => p.Code == code)?.Code
            ?? _provinces!.FirstOrDefault(p => p.Name.Th == text || string.Equals(p.Name.En, text, StringComparison.OrdinalIgnoreCase))?.Code
            ?? text;
    }
}
