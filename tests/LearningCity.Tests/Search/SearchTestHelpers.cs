using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Search;

internal static class SearchTestHelpers
{
    /// <summary>Waits for this node's tailer to apply every change committed so far (it fails the test after 30 s).</summary>
    public static async Task SearchCaughtUpAsync(this AppFactory factory)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await factory.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);
    }

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/search?" + query);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<string> Urls(this JsonElement results) =>
        results.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToList();

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}
