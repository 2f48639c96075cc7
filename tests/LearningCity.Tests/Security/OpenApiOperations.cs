using System.Text.Json;

namespace LearningCity.Tests.Security;

/// <summary>A JSON Schema from the OpenAPI document, its references resolved, reduced to what the fuzzer needs.</summary>
public sealed record ApiSchema(string Type, string? Format, IReadOnlyList<string> Enum, IReadOnlyDictionary<string, ApiSchema> Properties, ApiSchema? Items)
{
    public static readonly ApiSchema Any = new("any", null, [], new Dictionary<string, ApiSchema>(), null);
}

public sealed record ApiParameter(string Name, string In, ApiSchema Schema);

public sealed record ApiOperation(string Method, string Path, string Id, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<string> BodyTypes, ApiSchema? Body)
{
    public bool ChangesState => Method is "POST" or "PUT" or "PATCH" or "DELETE";
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads every operation of /openapi/v1.json.</summary>
public static class OpenApiOperations
{
    public static IReadOnlyList<ApiOperation> Read(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        var reader = new SchemaReader(schemas);
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var ps2) ? reader.Read(ps2, 0) : ApiSchema.Any)).ToList()
                    : [];
                List<string> bodyTypes = [];
                ApiSchema? body = null;
                if (op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content))
                {
                    foreach (var type in content.EnumerateObject())
                    {
                        bodyTypes.Add(type.Name);
                        if (body is null && type.Value.TryGetProperty("schema", out var bs)) body = reader.Read(bs, 0);
                    }
                }
                var method = op.Name.ToUpperInvariant();
                var id = op.Value.TryGetProperty("operationId", out var oid) ? oid.GetString()! : $"{method} {path.Name}";
                operations.Add(new ApiOperation(method, path.Name, id, parameters, bodyTypes, body));
            }
        }
        return operations;
    }

    private sealed class SchemaReader(JsonElement schemas)
    {
        public ApiSchema Read(JsonElement schema, int depth)
        {
            if (depth > 4) return ApiSchema.Any; // recursive schemas: deep enough for malformed values
            if (schema.TryGetProperty("$ref", out var reference))
                return Read(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), depth + 1);
            if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
                return oneOf.EnumerateArray().Select(o => Read(o, depth + 1)).FirstOrDefault(o => o.Type != "null") ?? ApiSchema.Any;
            var type = TypeOf(schema);
            var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
            var values = schema.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.ToString()).ToList() : [];
            var properties = new Dictionary<string, ApiSchema>();
            if (schema.TryGetProperty("properties", out var props))
                foreach (var p in props.EnumerateObject()) properties[p.Name] = Read(p.Value, depth + 1);
            var items = schema.TryGetProperty("items", out var i) ? Read(i, depth + 1) : null;
            return new ApiSchema(properties.Count > 0 && type == "any" ? "object" : type, format, values, properties, items);
        }

        // Numbers are written as ["integer", "string"] (they may be sent as strings): the first type that is not null or string wins.
        private static string TypeOf(JsonElement schema)
        {
            if (!schema.TryGetProperty("type", out var type)) return "any";
            if (type.ValueKind == JsonValueKind.String) return type.GetString()!;
            var types = type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null").ToList();
            return types.FirstOrDefault(t => t != "string") ?? types.FirstOrDefault() ?? "any";
        }
    }
}
