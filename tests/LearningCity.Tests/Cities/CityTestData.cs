using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Cities;

/// <summary>Small builders for city tests: cities straight into the database, demo city ids, multipart form posts.</summary>
internal static class CityTestData
{
    public const string ChiangMai = "เทศบาลนครเชียงใหม่";
    public const string KhonKaen = "เทศบาลนครขอนแก่น";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static Task<int> DemoCityIdAsync(this AppFactory factory, string nameTh) =>
        factory.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == nameTh).Select(c => c.Id).FirstAsync());

    public static Task<int> AddCityAsync(this AppFactory factory, string nameTh, string provinceCode = "TH-50",
        LocalGovernmentType type = LocalGovernmentType.TownMunicipality, CityStatus status = CityStatus.Approved,
        Guid? proposedBy = null, string? nameEn = null, string? vision = null, bool indexed = false) =>
        factory.WithDbAsync(async db =>
        {
            var city = new City
            {
                Name = new BilingualText(nameTh, nameEn), ProvinceCode = provinceCode, LocalGovernmentType = type,
                Status = status, ProposedBy = proposedBy, Vision = new BilingualText(vision ?? ""), Version = 1,
                CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            if (indexed)
            {
                // What the app writes with every city change; without it only a rebuild of the index finds the city.
                SearchChanges.Record(db, "city", city.Id);
                await db.SaveChangesAsync();
            }
            return city.Id;
        });

    public static Task<City> CityAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.Cities.AsNoTracking().FirstAsync(c => c.Id == id));

    /// <summary>Loads the page, then posts its form as multipart/form-data with its current values, the given fields and one file.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, IDictionary<string, string> fields,
        string fileField, byte[]? file, string fileName, string contentType = "application/octet-stream", string formSelector = "main form[enctype]")
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form on {url}");
        var content = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name)) continue;
            var value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } i => i.IsChecked ? i.Value : null,
                IHtmlInputElement { Type: "file" or "submit" } => null,
                IHtmlInputElement i => i.Value,
                IHtmlSelectElement s => s.SelectedOptions.Length > 0 ? s.SelectedOptions[0].Value : null,
                IHtmlTextAreaElement t => t.Value,
                _ => null,
            };
            if (value is not null) content.Add(new StringContent(value), name);
        }
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            content.Add(part, fileField, fileName);
        }
        return await client.PostAsync(url, content);
    }

    /// <summary>
    /// A signed-in client without the language cookie that log-in sets, so that the API answers in the language of
    /// the request's Accept-Language header, as it does for API clients.
    /// </summary>
    public static async Task<HttpClient> ApiClientAsync(this AppFactory factory, TestUser user)
    {
        var cookies = new System.Net.CookieContainer();
        var client = factory.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        await client.LoginAsync(user);
        foreach (System.Net.Cookie cookie in cookies.GetAllCookies())
            if (cookie.Name == ".AspNetCore.Culture") cookie.Expired = true;
        return client;
    }

    public static HttpRequestMessage InEnglish(this HttpRequestMessage request)
    {
        request.Headers.AcceptLanguage.ParseAdd("en");
        return request;
    }

    /// <summary>A valid 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
