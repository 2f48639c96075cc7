using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.AspNetCore.Http.Extensions;

namespace LearningCity.Modules.Resources.Map;

/// <summary>
/// The spaces on a Leaflet map, and the same spaces as a list rendered on the server, so the page is useful with
/// no tile server reachable and with no script at all.
/// </summary>
public sealed class SpaceMapModel(AppDbContext db, PublisherAccess publishers, IConfiguration config, TimeProvider time)
    : SpaceFilterPageModel(db, publishers)
{
    public IReadOnlyList<LearningSpace> Spaces { get; private set; } = [];
    public string TileUrl => config["Map:TileUrl"] ?? "";
    public string TileAttribution => config["Map:TileAttribution"] ?? "";
    public override string FilterAction => "/spaces/map";

    /// <summary>Thailand's outline, cut from Natural Earth at build time (see ClientLib/thailand-outline.cjs); the
    /// base layer when no tile server is configured, so the map needs no outside server.</summary>
    public string OutlineUrl => string.IsNullOrEmpty(TileUrl) ? "/lib/world-atlas/thailand.json" : "";

    /// <summary>The GeoJSON address with the page's own filters, for map.js.</summary>
    public string GeoJsonUrl
    {
        get
        {
            var q = new QueryBuilder();
            if (!string.IsNullOrWhiteSpace(Type)) q.Add("type", Type);
            if (!string.IsNullOrWhiteSpace(Region)) q.Add("region", Region);
            if (!string.IsNullOrWhiteSpace(Province)) q.Add("province", Province);
            if (!string.IsNullOrWhiteSpace(Accessibility)) q.Add("accessibility", Accessibility);
            if (Free) q.Add("free", "true");
            if (OpenNow) q.Add("openNow", "true");
            return "/api/v1/spaces/geojson" + q.ToQueryString();
        }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadFiltersAsync(ct);
        Spaces = await SpaceQuery.AllAsync(Db, Filter, time, ct);
    }
}
