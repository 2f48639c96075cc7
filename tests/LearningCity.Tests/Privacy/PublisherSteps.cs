using System.Net;
using System.Net.Http.Json;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Funding;
using LearningCity.Tests.Research;
using LearningCity.Tests.Resources;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The person publishing for their city: a resource, a learning space with their own address as its contact, a
/// funding source, an import file long enough to become a background job, a research item, and the proposal of a new
/// city with themselves as its coordinator contact.
/// </summary>
internal static class PublisherSteps
{
    public static async Task RunAsync(AccountInModules a)
    {
        await (await a.Client.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody(CityTestData.Unique("คู่มือชุมชน"), a.CityId)))
            .ExpectJsonAsync(HttpStatusCode.Created);
        await (await a.Client.PostAsJsonAsync("/api/v1/spaces?publish=true", new
        {
            nameTh = CityTestData.Unique("ลานเรียนรู้"), type = "Park", provinceCode = "TH-50", cityId = a.CityId, latitude = 18.8, longitude = 98.95,
            isFree = true, contactEmail = a.User.Email,
        })).ExpectJsonAsync(HttpStatusCode.Created);
        await (await a.Client.PostAsJsonAsync("/api/v1/funding", FundingTestData.Body(a.CityId))).ExpectJsonAsync(HttpStatusCode.Created);

        var rows = Enumerable.Range(1, 3).Select(i => ResourceRow(CityTestData.Unique($"นำเข้า {i}"))).ToArray();
        var job = await (await a.Client.PostAsync($"/api/v1/import/resource?cityId={a.CityId}&dryRun=true", File(Csv(ResourceHeader, rows))))
            .ExpectJsonAsync(HttpStatusCode.Accepted);
        await WaitForJobAsync(a.Client, job.GetProperty("url").GetString()!);

        await a.Client.CreateResearchAsync(ResearchTestData.Body(titleTh: CityTestData.Unique("งานวิจัยของผู้ลบบัญชี")));
        await (await a.Client.PostAsJsonAsync("/api/v1/cities", new
        {
            nameTh = CityTestData.Unique("เมืองที่เสนอ"), localGovernmentType = "SubdistrictMunicipality", provinceCode = "TH-50",
            coordinatorName = a.DisplayName, coordinatorEmail = a.User.Email, coordinatorPhone = "053-000-000",
        })).ExpectJsonAsync(HttpStatusCode.Created);
    }

    private static async Task WaitForJobAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(url);
            if (job.GetProperty("status").GetString() is "Done" or "Failed") return;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException("The import job did not finish in 30 s");
    }
}
