using System.Net;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Modules.Research.Citations;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Research;

public sealed class ResearchCitationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void BibTex_escapes_latex_special_characters_and_keeps_thai()
    {
        Assert.Equal(@"50\% \& \$5 \#1 a\_b \{x\} \textbackslash{} \textasciicircum{} \textasciitilde{} เมือง", BibTex.Escape("50% & $5 #1 a_b {x} \\ ^ ~ เมือง"));
        Assert.Equal("two lines", BibTex.Escape("two\r\nlines"));
    }

    [Fact]
    public async Task An_item_downloads_as_bibtex_with_escaped_fields_and_thai_in_utf8()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body(titleTh: "เมืองแห่งการเรียนรู้ 100% & {ชุมชน}_ใหม่");
        body["authors"] = new[] { "สมชาย ใจดี", "Research and Policy Unit" };
        var id = (await client.CreateResearchAsync(body)).Id();

        var response = await factory.CreateBrowserlessClient().GetAsync($"/api/v1/research/{id}/bibtex");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"research-{id}.bib", response.Content.Headers.ContentDisposition!.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith($"@techreport{{tlc-research-{id},", text);
        Assert.Contains(@"title = {เมืองแห่งการเรียนรู้ 100\% \& \{ชุมชน\}\_ใหม่},", text);
        Assert.Contains("author = {สมชาย ใจดี and {Research and Policy Unit}},", text);
        Assert.Contains("year = {2024},", text);
        Assert.Contains("doi = {10.1234/tlc.test},", text);
        Assert.Contains("keywords = {การเรียนรู้ตลอดชีวิต, ชุมชน},", text);
        Assert.Contains("note = {English title: A study of a learning city},", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public async Task An_item_downloads_as_ris_with_one_tag_per_line()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body(titleTh: CityTestData.Unique("ชุดข้อมูลผู้เรียน"));
        body["type"] = "Dataset";
        body["abstractTh"] = "บรรทัดแรก\nบรรทัดที่สอง";
        var id = (await client.CreateResearchAsync(body)).Id();

        var response = await factory.CreateBrowserlessClient().GetAsync($"/api/v1/research/{id}/ris");
        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n");
        Assert.Equal("TY  - DATA", lines[0]);
        Assert.Contains($"TI  - {body["titleTh"]}", lines);
        Assert.Contains("AU  - สมชาย ใจดี", lines);
        Assert.Contains("AU  - Jane Doe", lines);
        Assert.Contains("PY  - 2024", lines);
        Assert.Contains("AB  - บรรทัดแรก บรรทัดที่สอง", lines);
        Assert.Contains("KW  - ชุมชน", lines);
        Assert.Contains("DO  - 10.1234/tlc.test", lines);
        Assert.Equal("ER  - ", lines[^2]);
    }

    [Fact]
    public async Task The_list_exports_every_published_item_of_the_current_filter()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var word = CityTestData.Unique("คำเฉพาะ");
        var first = (await client.CreateResearchAsync(ResearchTestData.Body(titleTh: $"{word} หนึ่ง"))).Id();
        var second = (await client.CreateResearchAsync(ResearchTestData.Body(titleTh: $"{word} สอง"))).Id();
        var draft = (await client.CreateResearchAsync(ResearchTestData.Body(titleTh: $"{word} ร่าง"), publish: false)).Id();
        var other = (await client.CreateResearchAsync(ResearchTestData.Body())).Id();
        await factory.SearchCaughtUpAsync();

        var anonymous = factory.CreateBrowserlessClient();
        var bib = await anonymous.GetStringAsync($"/api/v1/research/export/bibtex?q={Uri.EscapeDataString(word)}");
        Assert.Contains($"tlc-research-{first},", bib);
        Assert.Contains($"tlc-research-{second},", bib);
        Assert.DoesNotContain($"tlc-research-{draft},", bib);
        Assert.DoesNotContain($"tlc-research-{other},", bib);
        var ris = await anonymous.GetStringAsync($"/api/v1/research/export/ris?q={Uri.EscapeDataString(word)}&type=Report");
        Assert.Equal(2, ris.Split("\r\n").Count(l => l.StartsWith("TY  - ", StringComparison.Ordinal)));
    }
}
