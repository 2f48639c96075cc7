using LearningCity.Modules.Resources.Public;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Resources;

/// <summary>Small builders for resource tests: resources, organisations and members straight into the database.</summary>
internal static class ResourceTestData
{
    public static Task<int> AddResourceAsync(this AppFactory factory, string titleTh, int? cityId = null, int? organisationId = null,
        PublicationStatus status = PublicationStatus.Published, ResourceType type = ResourceType.Article, Audience audiences = Audience.None,
        string[]? topics = null, string language = "th", string body = "", DateOnly? publishedOn = null) =>
        factory.WithDbAsync(async db =>
        {
            var topicIds = topics is null ? [] : await db.Topics.Where(t => topics.Contains(t.Slug)).Select(t => t.Id).ToListAsync();
            var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var resource = new LearningResource
            {
                Title = new BilingualText(titleTh), Summary = new BilingualText(""), Body = new BilingualText(body), Type = type,
                Audiences = audiences, Language = language, CityId = cityId, OrganisationId = organisationId, Status = status,
                PublishedOn = publishedOn ?? (status == PublicationStatus.Published ? new DateOnly(2025, 1, 1) : null),
                CreatedAt = at, UpdatedAt = at, Version = 1,
                Topics = topicIds.Select(t => new ResourceTopic { TopicId = t }).ToList(),
            };
            db.LearningResources.Add(resource);
            await db.SaveChangesAsync();
            return resource.Id;
        });

    public static Task<LearningResource> ResourceAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.LearningResources.AsNoTracking().Include(r => r.Topics).Where(r => r.Id == id).OrderBy(r => r.Id).FirstAsync());

    public static Task<int> AddOrganisationAsync(this AppFactory factory, string nameTh) =>
        factory.WithDbAsync(async db =>
        {
            var org = new Organisation { Name = new BilingualText(nameTh), CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });

    public static async Task<TestUser> OrganizerOfAsync(this AppFactory factory, int organisationId)
    {
        var user = await factory.CreateAsync(Roles.Organizer);
        await factory.WithDbAsync(async db =>
        {
            db.OrganisationMemberships.Add(new OrganisationMembership
            {
                UserId = user.Id, OrganisationId = organisationId, GrantedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>A new approved city and a logged-in coordinator of it.</summary>
    public static async Task<(int City, HttpClient Client, TestUser User)> CoordinatorAsync(this AppFactory factory)
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองแหล่งเรียนรู้"));
        var user = await factory.CreateAsync(Roles.Coordinator, cities: [city]);
        return (city, await factory.LoginAsync(user), user);
    }

    public static async Task<HttpClient> AdminAsync(this AppFactory factory) =>
        await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));

    public static Dictionary<string, string> FormFields(string titleTh, int? cityId = null, int? organisationId = null) => new()
    {
        ["Publisher"] = cityId is { } c ? $"city:{c}" : $"organisation:{organisationId}",
        ["Input.TitleTh"] = titleTh,
        ["Input.Type"] = "Toolkit",
        ["Input.Language"] = "th",
        ["Input.Licence"] = "CC-BY-4.0",
    };

    public static object ApiBody(string titleTh, int? cityId = null, int? organisationId = null, uint? version = null) => new
    {
        titleTh, type = "Article", language = "th", licence = "CC-BY-4.0", cityId, organisationId, version,
        audiences = new[] { "Youth" }, topics = new[] { "digital-skills" },
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    public static int ResourceIdFrom(HttpResponseMessage redirect) =>
        int.Parse(redirect.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
}
