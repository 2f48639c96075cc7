using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Search;

internal static class SearchSynonymTestData
{
    public const string Api = "/api/v1/search/synonyms";

    /// <summary>A word no other test uses: Thai letters and a hexadecimal token.</summary>
    public static string Word(string thai = "คำทดสอบ") => thai + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The app's own SearchSynonyms: what its search applies.</summary>
    public static SearchSynonyms Synonyms(this AppFactory factory) => factory.Services.GetRequiredService<SearchSynonyms>();

    public static bool HasRule(this SynonymSet set, string text) => set.Rules.Any(r => r.ToString() == text);

    public static Task<int> SynonymCountAsync(this AppFactory factory) => factory.WithDbAsync(db => db.Set<SearchSynonym>().CountAsync());

    public static Task<SearchSynonym?> SynonymRowAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<SearchSynonym>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    public static Task<int> AddSynonymRowAsync(this AppFactory factory, string line) => factory.WithDbAsync(async db =>
    {
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var row = new SearchSynonym { Line = line, Rule = line, CreatedAt = at, UpdatedAt = at };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> AddSynonymAsync(this HttpClient client, string line) => client.PostAsJsonAsync(Api, new { line });
}
