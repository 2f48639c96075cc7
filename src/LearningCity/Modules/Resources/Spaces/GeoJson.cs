using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>RFC 7946 GeoJSON: positions are [longitude, latitude].</summary>
public sealed record GeoJsonFeatureCollection(string Type, IReadOnlyList<GeoJsonFeature> Features)
{
    public static GeoJsonFeatureCollection Of(IEnumerable<LearningSpace> spaces, JsonStringLocalizer l, DateTimeOffset thaiNow) =>
        new("FeatureCollection", spaces.Select(s => new GeoJsonFeature("Feature", s.Id,
            new GeoJsonPoint("Point", [s.Longitude, s.Latitude]),
            new SpaceFeatureProperties(s.Id, s.Name.Current, s.Type.ToString(), l[$"Resources.SpaceType.{s.Type}"], $"/spaces/{s.Id}",
                s.IsFree, ThaiClock.IsOpenAt(s.OpeningHours, thaiNow)))).ToList());
}

public sealed record GeoJsonFeature(string Type, int Id, GeoJsonPoint Geometry, SpaceFeatureProperties Properties);

public sealed record GeoJsonPoint(string Type, double[] Coordinates);

public sealed record SpaceFeatureProperties(int Id, string Name, string Type, string TypeName, string Url, bool IsFree, bool OpenNow);
