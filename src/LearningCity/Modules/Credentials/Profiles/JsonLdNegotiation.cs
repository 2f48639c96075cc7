using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Credentials.Profiles;

internal static class JsonLdNegotiation
{
    /// <summary>Machines (Accept: application/json or ld+json) get the JSON-LD document; browsers the page.</summary>
    public static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value is "application/json" or "application/ld+json")
        && !request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value == "text/html");

    public static ContentResult Document(JsonObject json, HttpRequest request) => new()
    {
        Content = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        ContentType = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value == "application/ld+json") ? "application/ld+json" : "application/json",
        StatusCode = 200,
    };
}
