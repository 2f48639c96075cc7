using LearningCity.Modules.Resources.Public;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Spaces;

/// <summary>The app with a fake clock: Monday 2 June 2025, 10:00 Thai time (03:00 UTC).</summary>
public sealed class ClockedAppFactory : AppFactory
{
    protected override bool StartsFromSeededCopy => false; // the seed is dated by this clock

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 2, 3, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

internal static class SpaceTestData
{
    /// <summary>Open Monday to Friday 09:00–17:00.</summary>
    public static List<OpeningInterval> OfficeHours =>
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningInterval(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))];

    public static Task<int> AddSpaceAsync(this AppFactory factory, string nameTh, int? cityId = null, int? organisationId = null,
        PublicationStatus status = PublicationStatus.Published, string province = "TH-50", SpaceType type = SpaceType.PublicLibrary,
        List<OpeningInterval>? hours = null, AccessibilityFeature access = AccessibilityFeature.None, bool free = true) =>
        factory.WithDbAsync(async db =>
        {
            var space = new LearningSpace
            {
                Name = new BilingualText(nameTh), Type = type, ProvinceCode = province, Latitude = 18.79, Longitude = 98.98,
                OpeningHours = hours ?? OfficeHours, Accessibility = access, IsFree = free, CityId = cityId,
                OrganisationId = organisationId, Status = status, Version = 1,
                CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.LearningSpaces.Add(space);
            await db.SaveChangesAsync();
            return space.Id;
        });

    public static Task<LearningSpace> SpaceAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.LearningSpaces.AsNoTracking().FirstAsync(s => s.Id == id));

    /// <summary>An organisation and an organizer who is a member of it.</summary>
    public static async Task<(int Organisation, TestUser Member)> OrganisationWithMemberAsync(this AppFactory factory)
    {
        var member = await factory.CreateAsync(Roles.Organizer);
        var org = await factory.WithDbAsync(async db =>
        {
            var o = new Organisation { Name = new BilingualText(CityTestData.Unique("มูลนิธิ")), CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
            db.Organisations.Add(o);
            await db.SaveChangesAsync();
            db.OrganisationMemberships.Add(new OrganisationMembership { UserId = member.Id, OrganisationId = o.Id, GrantedAt = o.CreatedAt });
            await db.SaveChangesAsync();
            return o.Id;
        });
        return (org, member);
    }

    public static object ValidBody(int? cityId, int? organisationId = null, double latitude = 18.79, double longitude = 98.98, uint? version = null) => new
    {
        nameTh = CityTestData.Unique("ห้องสมุดทดสอบ"),
        type = "PublicLibrary",
        provinceCode = "TH-50",
        latitude,
        longitude,
        isFree = true,
        cityId,
        organisationId,
        openingHours = new[] { new { day = "Monday", opens = "09:00", closes = "17:00" } },
        facilities = new[] { "Wi-Fi", "ห้องประชุม" },
        accessibility = new[] { "StepFreeAccess" },
        version,
    };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, bool english = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (english) request.InEnglish();
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        return client.SendAsync(request);
    }
}
