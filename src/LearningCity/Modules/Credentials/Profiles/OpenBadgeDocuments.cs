using System.Globalization;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Profiles;

/// <summary>The Open Badges 3.0 JSON-LD of the issuer profile and of achievements, with their resolvable URLs.</summary>
public sealed class OpenBadgeDocuments(AppDbContext db, SiteAddress site, JsonStringLocalizer l)
{
    public const string CredentialsContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo(Cultures.Thai);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Cultures.English);

    public string IssuerUrl => site.Absolute("/credentials/issuer");
    public string AchievementUrl(int id) => site.Absolute($"/credentials/achievements/{id}");
    public string CredentialUrl(Guid id) => site.Absolute($"/credentials/{id}");
    public string StatusUrl(Guid id) => site.Absolute($"/api/v1/credentials/{id}/status");
    public string CityUrl(int cityId) => site.Absolute($"/cities/{cityId}");
    public string IssuerName => l.Text("Site.Name", Thai);

    public JsonObject IssuerReference() => new() { ["id"] = IssuerUrl, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName };

    public JsonObject IssuerProfile()
    {
        var profile = Contexts();
        foreach (var (k, v) in IssuerReference()) profile[k] = v?.DeepClone();
        profile["description"] = l.Text("Credentials.Issuer.Description", Thai);
        profile["url"] = site.Origin;
        profile["publicKey"] = site.Absolute("/credentials/jwks.json");
        return profile;
    }

    public async Task<JsonObject> AchievementAsync(Achievement a, bool standalone, CancellationToken ct)
    {
        var json = standalone ? Contexts() : new JsonObject();
        json["id"] = AchievementUrl(a.Id);
        json["type"] = new JsonArray("Achievement");
        json["achievementType"] = a.Type.ToString();
        json["name"] = a.Name.For(Thai);
        json["description"] = a.Description.Th.Length > 0 ? a.Description.For(Thai) : a.Name.For(Thai);
        json["criteria"] = new JsonObject { ["narrative"] = a.Criteria.Th.Length > 0 ? a.Criteria.For(Thai) : a.Name.For(Thai) };
        json["image"] = new JsonObject { ["id"] = ImageUrl(a), ["type"] = "Image" };
        json["inLanguage"] = "th";
        var skills = await SkillsAsync(a, ct);
        if (skills.Count > 0)
            json["alignment"] = new JsonArray(skills.Select(s => (JsonNode?)new JsonObject
            {
                ["type"] = new JsonArray("Alignment"), ["targetName"] = s.Name.For(Thai),
                ["targetDescription"] = s.Name.For(English), ["targetUrl"] = site.Absolute($"/search?topic={s.Id}"),
            }).ToArray());
        json["creator"] = await CreatorAsync(a, ct);
        return json;
    }

    public string ImageUrl(Achievement a) =>
        site.Absolute(a.ImageFile is null ? "/img/badge.svg" : $"/files/{a.ImageFile}");

    public async Task<List<(int Id, BilingualText Name)>> SkillsAsync(Achievement a, CancellationToken ct)
    {
        if (a.SkillTopicIds.Count == 0) return [];
        var ids = a.SkillTopicIds;
        var topics = await db.Topics.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return topics.Select(t => (t.Id, t.Name)).ToList();
    }

    public async Task<(string Url, BilingualText Name)> CreatorNameAsync(Achievement a, CancellationToken ct)
    {
        if (a.CityId is { } cityId)
            return (site.Absolute($"/cities/{cityId}"), await db.Cities.Where(c => c.Id == cityId).Select(c => c.Name).FirstAsync(ct));
        if (a.OrganisationId is { } orgId)
            return (AchievementUrl(a.Id) + "#creator", await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).FirstAsync(ct));
        return (IssuerUrl, new BilingualText(IssuerName, l.Text("Site.Name", English)));
    }

    private async Task<JsonObject> CreatorAsync(Achievement a, CancellationToken ct)
    {
        var (url, name) = await CreatorNameAsync(a, ct);
        return new JsonObject { ["id"] = url, ["type"] = new JsonArray("Profile"), ["name"] = name.For(Thai) };
    }

    private static JsonObject Contexts() => new() { ["@context"] = new JsonArray(CredentialsContext, OpenBadgesContext) };
}
