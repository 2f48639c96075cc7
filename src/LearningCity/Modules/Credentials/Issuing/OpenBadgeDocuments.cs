using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Issuing;

/// <summary>
/// The Open Badges 3.0 JSON of the platform's issuer profile and of an achievement, with the addresses of the issuer id
/// they belong to (<see cref="Signing.SigningKeyStore.CurrentUrlsAsync"/> for the current one).
/// </summary>
public sealed class OpenBadgeDocuments(AppDbContext db, JsonStringLocalizer l)
{
    private static readonly System.Globalization.CultureInfo Thai = System.Globalization.CultureInfo.GetCultureInfo("th-TH");
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public string IssuerName => l.Text("Credentials.Issuer.Name", Thai);
    public string IssuerNameEn => l.Text("Credentials.Issuer.Name", English);

    /// <summary>The issuer as embedded in a credential.</summary>
    public JsonObject IssuerReference(CredentialUrls urls) => new() { ["id"] = urls.Issuer, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName };

    public JsonObject IssuerProfile(CredentialUrls urls) => new()
    {
        ["@context"] = Contexts(),
        ["id"] = urls.Issuer,
        ["type"] = new JsonArray("Profile"),
        ["name"] = IssuerName,
        ["description"] = l.Text("Credentials.Issuer.Description", Thai),
        ["url"] = urls.Origin + "/",
        ["publicKey"] = urls.Jwks,
    };

    public async Task<JsonObject> AchievementAsync(Achievement a, bool standalone, CredentialUrls urls, CancellationToken ct)
    {
        var topics = a.SkillTopicIds.Count == 0 ? [] : await db.Topics.AsNoTracking()
            .Where(t => a.SkillTopicIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        var json = new JsonObject();
        if (standalone) json["@context"] = Contexts();
        json["id"] = urls.Achievement(a.Id);
        json["type"] = new JsonArray("Achievement");
        json["achievementType"] = a.Type.ToString();
        json["name"] = a.Name.Th;
        json["description"] = Or(a.Description.Th, a.Name.Th);
        json["criteria"] = new JsonObject { ["id"] = urls.Achievement(a.Id), ["narrative"] = Or(a.Criteria.Th, a.Description.Th, a.Name.Th) };
        json["image"] = new JsonObject { ["id"] = a.ImageFile is null ? urls.DefaultImage : urls.File(a.ImageFile), ["type"] = "Image" };
        json["inLanguage"] = "th";
        var alignments = topics.Select(t => (JsonNode)new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = t.Name.Th,
            ["targetUrl"] = urls.Topic(t.Slug),
            ["targetCode"] = t.Slug,
            ["targetType"] = "ceterms:Skill",
        }).Concat(a.Alignments.Select(Alignment)).ToArray();
        if (alignments.Length > 0) json["alignment"] = new JsonArray(alignments);
        json["creator"] = await CreatorAsync(a, urls, ct);
        return json;
    }

    private static JsonNode Alignment(AchievementAlignment a)
    {
        var json = new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetName"] = a.TargetName, ["targetUrl"] = a.TargetUrl };
        if (a.TargetCode is not null) json["targetCode"] = a.TargetCode;
        if (a.TargetFramework is not null) json["targetFramework"] = a.TargetFramework;
        if (a.TargetType is not null) json["targetType"] = a.TargetType;
        return json;
    }

    private async Task<JsonObject> CreatorAsync(Achievement a, CredentialUrls urls, CancellationToken ct)
    {
        if (a.CityId is { } cityId)
        {
            var name = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name.Th).FirstOrDefaultAsync(ct);
            return new JsonObject { ["id"] = urls.City(cityId), ["type"] = new JsonArray("Profile"), ["name"] = name ?? "" };
        }
        if (a.OrganisationId is { } orgId)
        {
            var org = await db.Organisations.AsNoTracking().Where(o => o.Id == orgId).Select(o => new { o.Name.Th, o.Website }).FirstOrDefaultAsync(ct);
            var creator = new JsonObject { ["id"] = $"urn:learningcity:organisation:{orgId}", ["type"] = new JsonArray("Profile"), ["name"] = org?.Th ?? "" };
            if (org?.Website is { Length: > 0 } site) creator["url"] = site;
            return creator;
        }
        return IssuerReference(urls);
    }

    public static JsonArray Contexts() => new(CredentialUrls.Contexts.Select(c => (JsonNode)JsonValue.Create(c)).ToArray());

    private static string Or(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "";
}
