using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Import;

public sealed class MalformedImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<string> FileErrorAsync(byte[] content, string name = "file.csv")
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}", File(content, name));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows")[0].GetProperty("errors").GetProperty("file")[0].GetString()!;
    }

    [Fact]
    public async Task Binary_garbage_is_refused_with_a_clear_message() =>
        Assert.Equal("อ่านไฟล์ไม่ได้: ต้องเป็น CSV ที่เข้ารหัส UTF-8 หรือไฟล์ XLSX",
            await FileErrorAsync([.. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 256))]));

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused() =>
        Assert.Equal("อ่านไฟล์ XLSX ไม่ได้ หรือไม่มีแผ่นงาน", await FileErrorAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8], "x.xlsx"));

    [Fact]
    public async Task An_empty_file_is_refused() => Assert.Equal("ไฟล์ไม่มีข้อมูล", await FileErrorAsync([]));

    [Fact]
    public async Task A_header_without_data_is_refused() => Assert.Equal("ไฟล์ไม่มีข้อมูล", await FileErrorAsync(Encoding.UTF8.GetBytes(SpaceHeader + "\r\n")));

    [Fact]
    public async Task A_missing_required_column_is_named() =>
        Assert.Equal("ไม่พบคอลัมน์ที่จำเป็น: latitude",
            await FileErrorAsync(Encoding.UTF8.GetBytes("name_th,type,province_code,longitude\r\nลาน,Park,TH-50,98.9\r\n")));

    [Fact]
    public async Task A_file_in_TIS_620_is_refused_as_not_UTF_8()
    {
        // "ลาน" in TIS-620: Thai letters are single bytes 0xA1-0xFB, which are not valid UTF-8 on their own.
        var content = Encoding.ASCII.GetBytes(SpaceHeader + "\r\n").Concat(new byte[] { 0xC5, 0xD2, 0xB9 }).Concat(Encoding.ASCII.GetBytes(",x,Park,TH-50,18.7,98.9,,,,\r\n")).ToArray();
        Assert.Equal("อ่านไฟล์ไม่ได้: ต้องเป็น CSV ที่เข้ารหัส UTF-8 หรือไฟล์ XLSX", await FileErrorAsync(content));
    }

    [Fact]
    public async Task An_unclosed_quote_is_reported_not_a_server_error()
    {
        var message = await FileErrorAsync(Encoding.UTF8.GetBytes(SpaceHeader + "\r\n\"ลาน,Park,TH-50,18.7,98.9\r\n"));
        Assert.StartsWith("ไฟล์ CSV ผิดรูปแบบ", message);
    }

    [Fact]
    public async Task A_missing_file_and_an_unknown_kind_are_refused()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/v1/import/space?cityId={city}", new MultipartFormDataContent { { new StringContent("x"), "other" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/import/castles?cityId={city}", File(Csv(SpaceHeader, SpaceRow("ลาน"))))).StatusCode);
    }

    [Fact]
    public async Task Opening_hours_with_a_bad_time_name_the_part()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}", File(Csv(SpaceHeader, SpaceRow("ลานเวลา", hours: "จ-ศ 08.30-16.30; Sat 9-12"))));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows")[0].GetProperty("errors");
        Assert.Equal("ช่วงเวลา \"9-12\" ต้องเขียนแบบ 08:30-16:30", errors.GetProperty("opening_hours")[0].GetString());
    }
}
