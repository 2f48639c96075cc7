using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Security;

/// <summary>One way to call the application: a method on a route, and for a Razor page the handler it selects.</summary>
/// <remarks>
/// <see cref="Parameters"/> are what a caller may send besides the route: a page handler's parameters and (for a
/// form post) the page's bound properties, a minimal API's query parameters; <see cref="Accepts"/> the bodies an API takes.
/// </remarks>
internal sealed record MatrixEndpoint(string Method, string Route, string? Handler, bool IsPage, IReadOnlyList<string> Parameters, IReadOnlyList<string> Accepts)
{
    /// <summary>How the table names it: <c>POST /awards/cycles/{id:int}/results?handler=Publish</c>.</summary>
    public string Key => Handler is null ? $"{Method} {Route}" : $"{Method} {Route}?handler={Handler}";

    public override string ToString() => Key;
}

/// <summary>
/// Every endpoint the running application has, read from its endpoint data source: each HTTP method of a minimal API
/// endpoint, and each handler of a Razor page (OnGet, OnPost, OnPostPublish → <c>?handler=Publish</c>) from its
/// compiled descriptor. Nothing here is typed by hand, so a new endpoint shows up by itself.
/// </summary>
internal static class MatrixEndpoints
{
    public static async Task<IReadOnlyList<MatrixEndpoint>> ReadAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var found = new List<MatrixEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = Normalize(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var formProperties = compiled.BoundProperties.Where(p => IsSimple(p.ParameterType)).Select(p => p.Name).ToList();
                found.AddRange(compiled.HandlerMethods.Select(h => new MatrixEndpoint(h.HttpMethod.ToUpperInvariant(), route, h.Name, IsPage: true,
                    [.. h.Parameters.Where(p => IsSimple(p.ParameterType)).Select(p => p.Name), .. h.HttpMethod == "Get" ? [] : formProperties], [])));
                // A page renders for GET even without an OnGet handler (kept only when it has none).
                found.Add(new MatrixEndpoint("GET", route, null, IsPage: true, [], []));
                continue;
            }
            // Endpoints without method metadata (health checks) answer any method; GET is how they are used.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).ToList();
            var query = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Where(p => IsSimple(p.ParameterType) && p.Name is not null && !p.GetCustomAttributes().Any(a => a is IFromBodyMetadata or IFromServiceMetadata or IFromHeaderMetadata))
                .Select(p => p.Name!).ToList() ?? [];
            found.AddRange(methods.Where(m => m != HttpMethods.Head && m != HttpMethods.Options)
                .Select(m => new MatrixEndpoint(m.ToUpperInvariant(), route, null, IsPage: false, query, accepts)));
        }
        return found.DistinctBy(e => e.Key).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    private static string Normalize(string raw) => "/" + raw.Trim('/');

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal) || t == typeof(DateOnly);
    }
}
