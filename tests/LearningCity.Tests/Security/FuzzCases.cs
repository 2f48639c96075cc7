using System.Text;

namespace LearningCity.Tests.Security;

/// <summary>One malformed request. Forged: sent with the admin's cookie but without what a legitimate client adds.</summary>
public sealed record FuzzCase(ApiOperation Operation, string Name, string Url, Func<HttpContent?> Content, bool Forged = false)
{
    public override string ToString() => $"{Operation} [{Name}]";
}

/// <summary>
/// Builds malformed requests for an operation from its OpenAPI description: bad path and query parameters, bodies that are
/// missing, of the wrong type, wrong per property, huge, deeply nested or of the wrong content type. The structural cases
/// always run; the rest are sampled deterministically (same operation, same sample) to keep the run short.
/// </summary>
public static class FuzzCases
{
    /// <summary>Sampled cases per operation besides the structural ones; FUZZ_SAMPLE=100000 sends every case (about 6,000 requests).</summary>
    public static int SampledPerOperation => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SAMPLE"), out var n) ? n : 8;

    public static IEnumerable<FuzzCase> For(ApiOperation op)
    {
        var always = new List<FuzzCase>();
        var sampled = new List<FuzzCase>();
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
            foreach (var (label, value) in MalformedValues.ForUrl(p.Schema, inPath: true))
                sampled.Add(Case(op, $"path {p.Name}={label}", Url(op, (p.Name, value)), () => null));
        foreach (var p in op.Parameters.Where(p => p.In == "query"))
            foreach (var (label, value) in MalformedValues.ForUrl(p.Schema.Type == "array" ? p.Schema.Items ?? ApiSchema.Any : p.Schema, inPath: false))
                sampled.Add(Case(op, $"query {p.Name}={label}", Url(op) + "?" + Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(value), () => null));
        if (op.Parameters.All(p => p.In != "query"))
            sampled.Add(Case(op, "unknown long query", Url(op) + "?unknown=" + Uri.EscapeDataString(MalformedValues.Long), () => null));

        var url = Url(op);
        if (op.BodyTypes.Contains("application/json"))
        {
            always.Add(Case(op, "json syntax error", url, () => Json("{\"a\":")));
            always.Add(Case(op, "json too deep", url, () => Json(new string('[', 5000) + new string(']', 5000))));
            always.Add(Case(op, "no body", url, () => null));
            always.Add(Case(op, "wrong content type", url, () => new StringContent("<a/>", Encoding.UTF8, "application/xml")));
            sampled.AddRange(new (string, string)[] { ("empty", ""), ("null", "null"), ("array", "[]"), ("string", "\"x\""), ("single quotes", "{'a':1}"),
                ("trailing garbage", "{} x"), ("long", MalformedValues.Quote(MalformedValues.Long)) }
                .Select(b => Case(op, $"json {b.Item1}", url, () => Json(b.Item2))));
            foreach (var (name, property) in op.Body?.Properties ?? new Dictionary<string, ApiSchema>())
                foreach (var (label, raw) in MalformedValues.ForJson(property))
                    sampled.Add(Case(op, $"json {name}={label}", url, () => Json(WithProperty(op.Body!, name, raw))));
        }
        else if (op.BodyTypes.Contains("multipart/form-data"))
        {
            always.Add(Case(op, "multipart without boundary", url, () => Raw("--x\r\n", "multipart/form-data")));
            always.Add(Case(op, "multipart cut short", url, () => Raw("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab", "multipart/form-data; boundary=x")));
            always.Add(Case(op, "json instead of a file", url, () => Json("{}")));
            sampled.Add(Case(op, "multipart without a file", url, () => new MultipartFormDataContent { { new StringContent("x"), "other" } }));
            sampled.Add(Case(op, "garbage file", url, () => File([.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 256))], "x.csv")));
            sampled.Add(Case(op, "empty file", url, () => File([], "x.pdf")));
            sampled.Add(Case(op, "long file name", url, () => File(Encoding.UTF8.GetBytes("a,b\n1,2\n"), MalformedValues.Long[..5000] + ".csv")));
        }
        else if (op.BodyTypes.Count > 0)
        {
            var type = op.BodyTypes[0];
            always.Add(Case(op, $"{type} garbage", url, () => new ByteArrayContent([.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 256))]) { Headers = { ContentType = new(type) } }));
            sampled.Add(Case(op, $"{type} long", url, () => new StringContent(MalformedValues.Long, Encoding.UTF8, type)));
            sampled.Add(Case(op, $"{type} empty", url, () => new StringContent("", Encoding.UTF8, type)));
        }
        else if (op.ChangesState)
        {
            sampled.Add(Case(op, "unexpected body", url, () => Json(MalformedValues.Nested(100))));
        }
        if (op.ChangesState)
            always.Add(new FuzzCase(op, "forged: cookie without header", Url(op, valid: true), () => op.Method == "POST"
                ? new FormUrlEncodedContent([new("a", "1")]) : null, Forged: true));

        var random = new Random(StableHash(op.Id));
        return always.Concat(sampled.OrderBy(_ => random.Next()).Take(SampledPerOperation));
    }

    private static FuzzCase Case(ApiOperation op, string name, string url, Func<HttpContent?> content) => new(op, name, url, content);

    /// <summary>The path with one parameter replaced; the others get a value that routes (a small id).</summary>
    private static string Url(ApiOperation op, (string Name, string Value)? bad = null, bool valid = false)
    {
        var path = op.Path;
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
        {
            var value = bad?.Name == p.Name ? bad.Value.Value
                : p.Schema.Format == "uuid" ? "00000000-0000-0000-0000-000000000001"
                : p.Schema.Type == "integer" ? "1" : valid ? "resource" : "x";
            path = path.Replace("{" + p.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        return path;
    }

    private static string WithProperty(ApiSchema body, string name, string raw)
    {
        var json = new StringBuilder();
        MalformedValues.WritePlausible(json, body with { Properties = body.Properties.Where(p => p.Key != name).ToDictionary() });
        var rest = json.ToString().TrimStart('{');
        return "{" + MalformedValues.Quote(name) + ":" + raw + (rest == "}" ? "}" : "," + rest);
    }

    private static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");

    private static HttpContent Raw(string text, string type)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private static HttpContent File(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/octet-stream") } };
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
