using LearningCity.Modules.Resources.Public;
using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Library;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.OpenData;

/// <summary>One downloadable data set: its columns and its rows (values are text, numbers, booleans or lists), read as a stream.</summary>
public sealed record OpenDataSet(string Name, IReadOnlyList<string> Columns, Func<AppDbContext, Task<int>> CountAsync,
    Func<AppDbContext, CancellationToken, IAsyncEnumerable<object?[]>> Rows);

/// <summary>
/// The open data of the platform: published resources (each under its own licence), published spaces and funding
/// sources and approved cities (under the platform's open-data licence).
/// </summary>
public static class OpenDataSets
{
    public const string PlatformLicence = "CC-BY-4.0";
    public const string PlatformLicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    public static readonly OpenDataSet[] All = [Resources(), Spaces(), Funding(), CitiesSet()];

    public static OpenDataSet? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    private static OpenDataSet Resources() => new("resources",
        ["id", "url", "title_th", "title_en", "summary_th", "summary_en", "type", "topics", "audiences", "language", "licence", "link_url",
         "published_on", "city_id", "organisation_id", "updated_at"],
        db => db.LearningResources.CountAsync(r => r.Status == PublicationStatus.Published),
        ResourceRowsAsync);

    private static async IAsyncEnumerable<object?[]> ResourceRowsAsync(AppDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var slugs = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, ct);
        var query = db.LearningResources.AsNoTracking().Include(r => r.Topics)
            .Where(r => r.Status == PublicationStatus.Published).OrderBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var r in query.WithCancellation(ct))
        {
            yield return
            [
                r.Id, $"/resources/{r.Id}", r.Title.Th, r.Title.En, r.Summary.Th, r.Summary.En, r.Type.ToString(),
                r.Topics.Select(t => slugs.GetValueOrDefault(t.TopicId, "")).Order(StringComparer.Ordinal).ToArray(),
                ResourceChoices.Split(r.Audiences).Select(a => a.ToString()).ToArray(), r.Language, r.Licence, r.LinkUrl,
                Date(r.PublishedOn), r.CityId, r.OrganisationId, r.UpdatedAt,
            ];
        }
    }

    private static OpenDataSet Spaces() => new("spaces",
        ["id", "url", "name_th", "name_en", "description_th", "description_en", "type", "address_th", "address_en", "province_code", "district",
         "latitude", "longitude", "opening_hours", "facilities", "accessibility", "is_free", "fee_note", "contact_phone", "contact_email", "website",
         "city_id", "organisation_id", "licence", "updated_at"],
        db => db.LearningSpaces.CountAsync(s => s.Status == PublicationStatus.Published),
        (db, ct) => db.LearningSpaces.AsNoTracking().Where(s => s.Status == PublicationStatus.Published).OrderBy(s => s.Id).AsAsyncEnumerable()
            .Select(s => new object?[]
            {
                s.Id, $"/spaces/{s.Id}", s.Name.Th, s.Name.En, s.Description.Th, s.Description.En, s.Type.ToString(), s.Address.Th, s.Address.En,
                s.ProvinceCode, s.District, s.Latitude, s.Longitude,
                s.OpeningHours.Select(h => $"{h.Day.ToString()[..3]} {h.Opens:HH\\:mm}-{h.Closes:HH\\:mm}").ToArray(),
                s.Facilities.ToArray(),
                Enum.GetValues<AccessibilityFeature>().Where(f => f != AccessibilityFeature.None && s.Accessibility.HasFlag(f)).Select(f => f.ToString()).ToArray(),
                s.IsFree, s.FeeNote, s.ContactPhone, s.ContactEmail, s.Website, s.CityId, s.OrganisationId, PlatformLicence, s.UpdatedAt,
            }));

    private static OpenDataSet Funding() => new("funding",
        ["id", "url", "funder_th", "funder_en", "programme_th", "programme_en", "description_th", "description_en", "amount_min_baht", "amount_max_baht",
         "eligible", "local_government_types", "opens_on", "closes_on", "link_url", "city_id", "organisation_id", "licence", "updated_at"],
        db => db.FundingSources.CountAsync(f => f.Status == PublicationStatus.Published),
        (db, ct) => db.FundingSources.AsNoTracking().Where(f => f.Status == PublicationStatus.Published).OrderBy(f => f.Id).AsAsyncEnumerable()
            .Select(f => new object?[]
            {
                f.Id, $"/funding/{f.Id}", f.Funder.Th, f.Funder.En, f.Programme.Th, f.Programme.En, f.Description.Th, f.Description.En,
                f.AmountMinBaht, f.AmountMaxBaht,
                Enum.GetValues<EligibleApplicant>().Where(a => a != EligibleApplicant.None && f.EligibleApplicants.HasFlag(a)).Select(a => a.ToString()).ToArray(),
                f.EligibleLocalGovernmentTypes.Select(t => ((LocalGovernmentType)t).ToString()).ToArray(),
                Date(f.OpensOn), Date(f.ClosesOn), f.LinkUrl, f.CityId, f.OrganisationId, PlatformLicence, f.UpdatedAt,
            }));

    private static OpenDataSet CitiesSet() => new("cities",
        ["id", "url", "name_th", "name_en", "local_government_type", "province_code", "population", "area_km2", "website",
         "joined_network_year", "unesco_gnlc_member_since", "vision_th", "vision_en", "licence", "updated_at"],
        db => db.Cities.CountAsync(c => c.Status == CityStatus.Approved),
        (db, ct) => db.Cities.AsNoTracking().Where(c => c.Status == CityStatus.Approved).OrderBy(c => c.Id).AsAsyncEnumerable()
            .Select(c => new object?[]
            {
                c.Id, $"/cities/{c.Id}", c.Name.Th, c.Name.En, c.LocalGovernmentType.ToString(), c.ProvinceCode, c.Population, c.AreaKm2, c.Website,
                c.JoinedNetworkYear, c.UnescoGnlcMemberSince, c.Vision.Th, c.Vision.En, PlatformLicence, c.UpdatedAt,
            }));

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
