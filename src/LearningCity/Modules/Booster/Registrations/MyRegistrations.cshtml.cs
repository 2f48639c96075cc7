using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

public sealed record MyRegistration(Registration Registration, ActivitySession Session, Activity Activity)
{
    public static IQueryable<MyRegistration> Of(AppDbContext db, Guid userId, int? registrationId = null) =>
        from r in db.Registrations.AsNoTracking()
        join s in db.ActivitySessions.AsNoTracking() on r.SessionId equals s.Id
        join a in db.Activities.AsNoTracking() on r.ActivityId equals a.Id
        where r.UserId == userId && (registrationId == null || r.Id == registrationId)
        select new MyRegistration(r, s, a);
}

[Authorize]
public sealed class MyRegistrationsModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    public List<MyRegistration> Upcoming { get; private set; } = [];
    public List<MyRegistration> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        var now = time.GetUtcNow().UtcDateTime;
        var all = await MyRegistration.Of(db, userId).ToListAsync(ct);
        Upcoming = all.Where(m => m.Session.EndsAt > now).OrderBy(m => m.Session.StartsAt).ToList();
        Past = all.Where(m => m.Session.EndsAt <= now).OrderByDescending(m => m.Session.StartsAt).ToList();
    }
}
