namespace LearningCity.Modules.Search.Querying;

internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that contains the circle: a cheap index filter before the exact distance.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / 111.0;
        var cos = Math.Cos(lat * Math.PI / 180);
        var dLon = cos < 0.01 ? 180 : Math.Min(180, radiusKm / (111.0 * cos));
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }
}
