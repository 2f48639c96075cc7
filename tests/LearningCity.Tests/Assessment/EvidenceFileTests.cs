using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Assessment;

/// <summary>Evidence files are served by the assessment, to those who may read it, and never at the public file address.</summary>
public sealed class EvidenceFileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<(string Url, string File)> UploadAsync(CityInCycle c)
    {
        var saved = await (await c.Coordinator.UploadEvidenceAsync(c.Url, "W3.1", AssessmentTestData.Pdf, "แผนพัฒนาเมือง.pdf")).ExpectJsonAsync();
        var evidence = saved.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicatorCode").GetString() == "W3.1")
            .GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("fileName").GetString() == "แผนพัฒนาเมือง.pdf");
        var url = evidence.GetProperty("url").GetString()!;
        return (url, url[(url.LastIndexOf('/') + 1)..]);
    }

    [Fact]
    public async Task The_city_coordinator_downloads_the_evidence_and_nobody_finds_it_at_the_public_file_address()
    {
        var c = await factory.CityInCycleAsync();
        var (url, file) = await UploadAsync(c);
        Assert.Equal($"{c.Url}/evidence/{file}", url);

        var download = await c.Coordinator.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AssessmentTestData.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("แผนพัฒนาเมือง.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);

        Assert.Equal(HttpStatusCode.NotFound, (await c.Coordinator.GetAsync($"/files/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/files/{file}")).StatusCode);
        // A file of the store that is not this assessment's evidence is not served through it.
        var other = await factory.CityInCycleAsync(c.CycleId, "เมืองอื่น");
        var (_, otherFile) = await UploadAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Coordinator.GetAsync($"{c.Url}/evidence/{otherFile}")).StatusCode);
    }

    [Fact]
    public async Task Only_those_who_may_read_the_assessment_get_its_evidence()
    {
        var c = await factory.CityInCycleAsync();
        var (url, _) = await UploadAsync(c);
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        var researcher = await factory.ApiClientAsync(Roles.Researcher);
        var neighbour = (await factory.CityInCycleAsync(c.CycleId, "เมืองข้างเคียง")).Coordinator;

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(Roles.Learner)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(url)).StatusCode); // a draft is the city's own
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync(url)).StatusCode);

        await factory.SubmitCompleteAsync(c);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync(url)).StatusCode);

        Assert.Equal("Validated", (await (await reviewer.PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync(url)).StatusCode);
        // A validated assessment's values are open data; its evidence is not every account's to read.
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(Roles.Learner)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_image_uploaded_under_a_page_name_downloads_with_the_extension_of_what_it_is()
    {
        var c = await factory.CityInCycleAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var saved = await (await c.Coordinator.UploadEvidenceAsync(c.Url, "W3.1", png, "หลักฐาน.html", "text/html")).ExpectJsonAsync();
        var url = saved.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicatorCode").GetString() == "W3.1")
            .GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("fileName").GetString() == "หลักฐาน.html").GetProperty("url").GetString()!;

        var download = await c.Coordinator.GetAsync(url);

        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("หลักฐาน.png", download.Content.Headers.ContentDisposition!.FileNameStar);
    }
}
