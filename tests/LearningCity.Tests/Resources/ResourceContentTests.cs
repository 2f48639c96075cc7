using System.Net;
using System.Text;
using System.Text.Json;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Resources;

/// <summary>Small document limit so "too large" can be tested with a small upload.</summary>
public sealed class SmallUploadAppFactory : AppFactory
{
    public const int MaxBytes = 64 * 1024;
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Files:MaxDocumentBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}

public sealed class ResourceContentTests(SmallUploadAppFactory factory) : IClassFixture<SmallUploadAppFactory>
{
    [Fact]
    public async Task Script_in_any_field_never_reaches_the_page_and_javascript_links_are_not_clickable()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        const string script = "<script>alert(1)</script>";
        var fields = ResourceTestData.FormFields($"หัวข้อ {script}", city);
        fields["Input.TitleEn"] = script;
        fields["Input.SummaryTh"] = $"สรุป {script}";
        fields["Input.BodyTh"] = $"ย่อหน้า {script}\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://example.org)";
        var created = await coordinator.SubmitFormAsync("/resources/new", fields);
        var id = ResourceTestData.ResourceIdFrom(created);
        await coordinator.SubmitFormAsync($"/resources/{id}", new Dictionary<string, string>(), "#publish-form");

        var anonymous = factory.CreateBrowserlessClient();
        foreach (var url in new[] { $"/resources/{id}", $"/resources?city={city}", "/resources/mine" })
        {
            var html = await (url == "/resources/mine" ? coordinator : anonymous).GetStringAsync(url);
            Assert.DoesNotContain("<script>alert(1)", html);
            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        var page = await anonymous.GetPageAsync($"/resources/{id}");
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#resource-title")!.TextContent);
        var body = page.QuerySelector("#resource-body")!;
        Assert.Empty(body.QuerySelectorAll("script, img[onerror]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org" && a.GetAttribute("rel")!.Contains("noopener"));
        // Only the JSON-LD data block is a script element in the main content, and the page's own scripts are external files.
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.DoesNotContain("</script>alert", page.QuerySelector("#resource-jsonld")!.InnerHtml);
    }

    [Fact]
    public async Task The_detail_page_has_valid_json_ld_of_a_creative_work_and_the_licence_deed()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var fields = ResourceTestData.FormFields("คู่มือ </script><b>ทดสอบ</b>", city);
        fields["Input.Licence"] = "CC-BY-SA-4.0";
        fields["Input.LinkUrl"] = "https://example.org/guide";
        var id = ResourceTestData.ResourceIdFrom(await coordinator.SubmitFormAsync("/resources/new", fields));
        var page = await coordinator.GetPageAsync($"/resources/{id}");
        var raw = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", raw);
        var json = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("CreativeWork", json.GetProperty("@type").GetString());
        Assert.Equal("คู่มือ </script><b>ทดสอบ</b>", json.GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", json.GetProperty("license").GetString());
        var deed = page.QuerySelector("#resource-licence a")!;
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", deed.GetAttribute("href"));
        var link = page.QuerySelector("#resource-link")!;
        Assert.Equal("https://example.org/guide", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public async Task A_pdf_upload_is_stored_and_downloaded_under_its_original_name()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
        var response = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("มีไฟล์แนบ", city), "Upload", pdf, "คู่มือชุมชน.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = ResourceTestData.ResourceIdFrom(response);
        var resource = await factory.ResourceAsync(id);
        Assert.EndsWith(".pdf", resource.FileName);
        Assert.Equal("คู่มือชุมชน.pdf", resource.FileOriginalName);

        var download = await coordinator.GetAsync($"/resources/{id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("คู่มือชุมชน.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // The file of a draft is not public.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/resources/{id}/file")).StatusCode);
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_and_a_too_large_file_are_refused_with_a_field_error()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var exe = new byte[1024];
        "MZ"u8.CopyTo(exe);
        exe[200] = 0;
        var refused = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("ไฟล์ปลอม", city), "Upload", exe, "setup.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Html.FieldErrors(await Html.ParseAsync(refused)), e => e.StartsWith("ไม่รองรับไฟล์ประเภทนี้", StringComparison.Ordinal));

        var big = new byte[SmallUploadAppFactory.MaxBytes + 1];
        Encoding.ASCII.GetBytes("%PDF-1.4").CopyTo(big, 0);
        var tooLarge = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("ไฟล์ใหญ่", city), "Upload", big, "big.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        Assert.Contains("ไฟล์มีขนาดใหญ่เกินกำหนด", Html.FieldErrors(await Html.ParseAsync(tooLarge)));

        var csv = Encoding.UTF8.GetBytes("ชื่อ,จำนวน\nห้องสมุด,3\n");
        var text = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("ตาราง", city), "Upload", csv, "data.csv", "text/csv");
        Assert.Equal(HttpStatusCode.Redirect, text.StatusCode);
        Assert.EndsWith(".csv", (await factory.ResourceAsync(ResourceTestData.ResourceIdFrom(text))).FileName);
        var png = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("ภาพในชื่อ pdf", city), "Upload", CityTestData.Png, "picture.pdf", "application/pdf");
        Assert.EndsWith(".png", (await factory.ResourceAsync(ResourceTestData.ResourceIdFrom(png))).FileName);
        Assert.DoesNotContain(await factory.WithDbAsync(db => Task.FromResult(db.LearningResources.Where(r => r.Title.Th == "ไฟล์ปลอม" || r.Title.Th == "ไฟล์ใหญ่").Select(r => r.Id).ToList())), _ => true);
    }

    [Fact]
    public async Task Office_documents_are_recognised_by_their_parts()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }
        var docx = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("เอกสาร Word", city), "Upload", buffer.ToArray(), "doc.docx");
        Assert.Equal(HttpStatusCode.Redirect, docx.StatusCode);
        Assert.EndsWith(".docx", (await factory.ResourceAsync(ResourceTestData.ResourceIdFrom(docx))).FileName);

        using var plainZip = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(plainZip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("payload.exe");
        var refused = await coordinator.PostMultipartAsync("/resources/new", ResourceTestData.FormFields("zip ธรรมดา", city), "Upload", plainZip.ToArray(), "doc.docx");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }
}
