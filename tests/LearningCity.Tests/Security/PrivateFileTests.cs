using System.Net;
using System.Net.Http.Json;
using System.Text;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;

namespace LearningCity.Tests.Security;

/// <summary>A document is served only while the item it belongs to may be seen by whoever asks, and never by its stored name.</summary>
public sealed class PrivateFileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task A_resource_document_is_never_served_by_its_stored_name_and_unpublishing_revokes_it()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var created = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("เอกสารก่อนเผยแพร่", city), "Upload", Pdf, "แผน.pdf", "application/pdf");
        var id = ResourceTestData.ResourceIdFrom(created);
        var stored = (await factory.ResourceAsync(id)).FileName!;
        var anonymous = factory.CreateBrowserlessClient();

        // A draft: not at the public file address, not through the resource.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/files/{stored}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/resources/{id}/file", TestContext.Current.CancellationToken)).StatusCode);

        var api = await factory.ApiClientAsync(await factory.CreateAsync(LearningCity.Common.Auth.Roles.Coordinator, cities: [city]));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/resources/{id}/publish", new { version = 1 }, TestContext.Current.CancellationToken)).StatusCode);
        var published = await anonymous.GetAsync($"/resources/{id}/file", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("no-cache", published.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/files/{stored}", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 2 }, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/resources/{id}/file", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task An_image_uploaded_under_a_page_name_downloads_with_the_extension_of_what_it_is()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var created = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("ภาพที่ตั้งชื่อผิด", city), "Upload", Png, "x.html", "text/html");
        var id = ResourceTestData.ResourceIdFrom(created);

        var download = await coordinator.GetAsync($"/resources/{id}/file", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("x.png", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }
}
