using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Search;

/// <summary>
/// Learning spaces published through the API for the tests of how the search reads a query. Their names use words
/// that no demo item has, so a test knows every item that has them.
/// </summary>
internal static class SearchReadingTestData
{
    public const string School = "โรงเรียนผู้สูงอายุบ้านหนองบัว";
    public const string SchoolSlip = "โรงเรีนผู้สูงอายุ";
    public const string SchoolCorrected = "โรงเรียนผู้สูงอายุ";
    public const string Observatory = "หอดูดาวชุมชนดอยหล่อ";
    public const string Puppets = "โรงละครหุ่นกระบอกเยาวชน";
    /// <summary>One word of each of the two spaces above: no item has both.</summary>
    public const string ObservatoryAndPuppets = "หอดูดาว หุ่นกระบอก";
    public const string UbonLibrary = "ห้องอ่านหนังสือริมมูล";

    /// <summary>Publishes a space as an admin and waits until the search has it; returns its address.</summary>
    public static async Task<string> PublishSpaceAsync(this AppFactory factory, string nameTh, string province = "TH-50",
        double latitude = 18.80, double longitude = 98.95, string? nameEn = null)
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var cityId = await factory.WithDbAsync(db => db.Cities.Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var created = await admin.PostAsJsonAsync("/api/v1/spaces?publish=true", new
        {
            nameTh, nameEn, type = "CommunityLearningCentre", provinceCode = province, cityId, latitude, longitude, isFree = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await factory.SearchCaughtUpAsync();
        return $"/spaces/{id}";
    }
}
