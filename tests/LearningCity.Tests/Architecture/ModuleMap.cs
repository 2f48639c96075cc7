using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;

namespace LearningCity.Tests.Architecture;

/// <summary>A use of one module's type by another module that is not through the used module's Public contracts.</summary>
/// <remarks>UsedTypeShort is the used type as the allowances name it, relative to the modules' namespace ("Cities.Data.Province").</remarks>
internal sealed record BoundaryCrossing(string UsingModule, string UsingType, string Member, string UsedModule, string UsedTypeShort)
{
    public string Key => $"{UsingModule} → {UsedTypeShort}";

    public override string ToString() => $"{UsingType}.{Member} uses {UsedTypeShort}";
}

/// <summary>
/// Which module a type of the application belongs to, and whether it is one of that module's Public contracts.
/// A module is a folder Modules/&lt;Name&gt;/ with namespaces LearningCity.Modules.&lt;Name&gt;...; its contracts are the
/// types of LearningCity.Modules.&lt;Name&gt;.Public. A Razor view compiles into a class of AspNetCoreGeneratedDocument
/// and belongs to the module whose folder holds the .cshtml file (read from its RazorCompiledItem attribute).
/// Common (LearningCity.Common...) and the start-up code belong to no module: anyone may use them.
/// Shared (the layout, partials and home page) is checked as a user (it may read other modules' Public contracts
/// only) but is open to everyone as a provider, like Common.
/// </summary>
internal sealed class ModuleMap
{
    public const string AppModules = "LearningCity.Modules.";
    public const string OpenToAll = "Shared";

    private readonly string _modules;
    private readonly Dictionary<string, string> _views;

    public ModuleMap(Assembly assembly, string modulesNamespace = AppModules)
    {
        _modules = modulesNamespace;
        _views = assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Select(item => (Type: item.Type.FullName!, Module: ModuleOfView(item.Identifier)))
            .Where(v => v.Module is not null)
            .ToDictionary(v => v.Type, v => v.Module!, StringComparer.Ordinal);
    }

    public int ViewCount => _views.Count;

    public string? ModuleOf(string typeName)
    {
        if (typeName.StartsWith(_modules, StringComparison.Ordinal))
        {
            var parts = typeName[_modules.Length..].Split('.');
            return parts.Length > 1 ? parts[0] : null;
        }
        return _views.GetValueOrDefault(typeName);
    }

    public bool IsPublic(string typeName, string module) =>
        module == OpenToAll || typeName.StartsWith($"{_modules}{module}.Public.", StringComparison.Ordinal);

    public IEnumerable<BoundaryCrossing> Crossings(IEnumerable<TypeUse> uses)
    {
        foreach (var use in uses)
        {
            var user = ModuleOf(use.UsingType);
            var used = ModuleOf(use.UsedType);
            if (user is not null && used is not null && user != used && !IsPublic(use.UsedType, used))
                yield return new BoundaryCrossing(user, use.UsingType, use.Member, used, use.UsedType[_modules.Length..]);
        }
    }

    // "/Modules/Awards/Results/Index.cshtml" → "Awards"; a file directly under /Modules belongs to no module.
    private static string? ModuleOfView(string identifier)
    {
        var parts = identifier.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 2 && parts[0] == "Modules" ? parts[1] : null;
    }
}
