using LearningCity.Common.Localization;
using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Registrations;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Calendar;

public sealed record CalendarEntry(Registration Registration, ActivitySession Session, Activity Activity, string? SpaceName);

/// <summary>iCalendar (RFC 5545) files of a learner's registrations, in Bangkok time, with where and a link back.</summary>
public sealed class CalendarFiles(AppDbContext db, SiteAddress site, TimeProvider time)
{
    public const string TimeZone = "Asia/Bangkok";
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<List<CalendarEntry>> EntriesAsync(Guid userId, int? registrationId, CancellationToken ct)
    {
        var rows = await (from r in db.Registrations.AsNoTracking()
                          join s in db.ActivitySessions.AsNoTracking() on r.SessionId equals s.Id
                          join a in db.Activities.AsNoTracking() on r.ActivityId equals a.Id
                          where r.UserId == userId && (registrationId == null || r.Id == registrationId)
                                && (registrationId != null || r.Status != RegistrationStatus.Cancelled)
                          orderby s.StartsAt
                          select new { r, s, a }).ToListAsync(ct);
        var spaceIds = rows.Where(x => x.a.LearningSpaceId != null).Select(x => x.a.LearningSpaceId!.Value).Distinct().ToList();
        var spaces = await db.LearningSpaces.AsNoTracking().Where(s => spaceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return rows.Select(x => new CalendarEntry(x.r, x.s, x.a,
            x.a.LearningSpaceId is { } id && spaces.TryGetValue(id, out var name) ? name.Current : null)).ToList();
    }

    public string Write(IEnumerable<CalendarEntry> entries, string calendarName)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Thailand Learning City//Booster//TH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddTimeZone(TimeZone);
        var stamp = new CalDateTime(time.GetUtcNow().UtcDateTime, "UTC");
        foreach (var e in entries)
        {
            var url = site.Absolute(TicketLinks.Activity(e.Activity.Id));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"registration-{e.Registration.Id}-{e.Registration.TicketCode}@learningcity",
                DtStamp = stamp,
                Summary = e.Activity.Title.Current,
                Description = string.Join("\n", new[] { e.Activity.Title.Current, url, $"{e.Registration.Status}: {e.Registration.TicketCode}" }),
                Location = Location(e),
                Url = new Uri(url),
                DtStart = new CalDateTime(ThaiTime.Of(e.Session.StartsAt), TimeZone),
                DtEnd = new CalDateTime(ThaiTime.Of(e.Session.EndsAt), TimeZone),
                Status = e.Registration.Status == RegistrationStatus.Confirmed && e.Session.Status == SessionStatus.Scheduled ? "CONFIRMED"
                    : e.Registration.Status == RegistrationStatus.Waitlisted ? "TENTATIVE" : "CANCELLED",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string? Location(CalendarEntry e) =>
        e.Activity.Mode == ActivityMode.Online ? e.Activity.OnlineUrl
        : e.SpaceName is { } space ? (e.Activity.Mode == ActivityMode.Hybrid && e.Activity.OnlineUrl is { } online ? $"{space} / {online}" : space)
        : e.Activity.OnlineUrl ?? e.Activity.ProvinceCode;

    public static string FileName(int registrationId) => string.Create(CultureInfo.InvariantCulture, $"registration-{registrationId}.ics");
}
