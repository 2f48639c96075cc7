using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

/// <summary>Where a learning space is, for a ticket or an invitation: its name, address and a plain map link (no tiles).</summary>
public sealed record SpaceLocation(int Id, BilingualText Name, BilingualText Address, double Latitude, double Longitude)
{
    public string PageUrl => $"/spaces/{Id}";

    /// <summary>OpenStreetMap centred on the space's coordinates; a link the learner opens, nothing is loaded from it here.</summary>
    public string OpenStreetMapUrl
    {
        get
        {
            var lat = Latitude.ToString("0.######", CultureInfo.InvariantCulture);
            var lon = Longitude.ToString("0.######", CultureInfo.InvariantCulture);
            return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}";
        }
    }
}

public sealed class SpaceLocations(AppDbContext db)
{
    public Task<SpaceLocation?> FindAsync(int spaceId, CancellationToken ct = default) =>
        db.LearningSpaces.AsNoTracking().Where(s => s.Id == spaceId)
            .Select(s => new SpaceLocation(s.Id, s.Name, s.Address, s.Latitude, s.Longitude)).FirstOrDefaultAsync(ct);
}
