using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Shared;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public int CityCount { get; private set; }
    public int ProvinceCount { get; private set; }
    public int UnescoCount { get; private set; }
    public DateOnly Today { get; private set; }
    public List<(int Id, string Name, string Province)> Featured { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));
        var approved = db.Cities.Where(c => c.Status == CityStatus.Approved);
        CityCount = await approved.CountAsync(ct);
        ProvinceCount = await approved.Select(c => c.ProvinceCode).Distinct().CountAsync(ct);
        UnescoCount = await approved.CountAsync(c => c.UnescoGnlcMemberSince != null, ct);
        var featured = await approved
            .OrderByDescending(c => c.UnescoGnlcMemberSince != null).ThenBy(c => c.Id).Take(6)
            .Join(db.Provinces, c => c.ProvinceCode, p => p.Code, (c, p) => new { c.Id, c.Name, ProvinceName = p.Name })
            .ToListAsync(ct);
        Featured.AddRange(featured.Select(f => (f.Id, f.Name.Current, f.ProvinceName.Current)));
    }
}
