using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>Tells the cities' coordinators about a request and its answer, through the platform's notification centre (same unit of work).</summary>
public sealed class PairNotices(PersonalNotices notices, CityCoordinators coordinators, CityLookup cities)
{
    public async Task RequestedAsync(MentoringPair pair, CancellationToken ct)
    {
        var (mentor, mentee) = await NamesAsync(pair, ct);
        var title = new BilingualText($"คำขอจับคู่พี่เลี้ยง: {mentor.Th} กับ {mentee.Th}", $"Mentoring request: {En(mentor)} and {En(mentee)}");
        var body = new BilingualText(
            $"{(pair.RequestedBySide == PairSide.Mentee ? mentee.Th : mentor.Th)} ขอจับคู่พี่เลี้ยงโดยมี {mentor.Th} เป็นเมืองพี่เลี้ยงและ {mentee.Th} เป็นเมืองที่รับการพี่เลี้ยง ในตัวชี้วัด {string.Join(", ", pair.Indicators)} โปรดตอบรับหรือปฏิเสธ",
            $"{(pair.RequestedBySide == PairSide.Mentee ? En(mentee) : En(mentor))} asks for a mentoring pair with {En(mentor)} mentoring {En(mentee)} on indicators {string.Join(", ", pair.Indicators)}. Please accept or decline.");
        foreach (var user in await coordinators.OfCityAsync(pair.CityOf(pair.Responding), ct))
            await notices.NotifyAsync(user, NoticeKind.MentoringRequest, title, body, Link(pair), ct);
    }

    public async Task AnsweredAsync(MentoringPair pair, bool accepted, CancellationToken ct)
    {
        var (mentor, mentee) = await NamesAsync(pair, ct);
        var title = accepted
            ? new BilingualText($"คู่พี่เลี้ยงเริ่มแล้ว: {mentor.Th} กับ {mentee.Th}", $"Mentoring pair started: {En(mentor)} and {En(mentee)}")
            : new BilingualText($"คำขอจับคู่พี่เลี้ยงถูกปฏิเสธ: {mentor.Th} กับ {mentee.Th}", $"Mentoring request declined: {En(mentor)} and {En(mentee)}");
        var body = accepted
            ? new BilingualText("เมืองอีกฝ่ายตอบรับคำขอแล้ว นัดประชุมครั้งแรกและบันทึกไว้ในหน้าคู่พี่เลี้ยง", "The other city accepted. Arrange a first meeting and record it on the pair's page.")
            : new BilingualText("เมืองอีกฝ่ายปฏิเสธคำขอ ลองดูเมืองพี่เลี้ยงอื่นที่แนะนำ", "The other city declined. Look at the other suggested mentor cities.");
        await TellAsync(CityOfRequester(pair), pair.RequestedBy, title, body, pair, ct);
    }

    public async Task EndedAsync(MentoringPair pair, CancellationToken ct)
    {
        var (mentor, mentee) = await NamesAsync(pair, ct);
        var status = pair.Status == PairStatus.Completed ? ("สิ้นสุดแล้ว", "completed") : ("ถูกถอนแล้ว", "withdrawn");
        var title = new BilingualText($"คู่พี่เลี้ยง{status.Item1}: {mentor.Th} กับ {mentee.Th}", $"Mentoring pair {status.Item2}: {En(mentor)} and {En(mentee)}");
        var body = new BilingualText("ดูรายละเอียดในหน้าคู่พี่เลี้ยง", "See the pair's page for details.");
        var users = (await coordinators.OfCityAsync(pair.MentorCityId, ct)).Concat(await coordinators.OfCityAsync(pair.MenteeCityId, ct)).Distinct();
        foreach (var user in users) await notices.NotifyAsync(user, NoticeKind.MentoringUpdate, title, body, Link(pair), ct);
    }

    private async Task TellAsync(int cityId, Guid requester, BilingualText title, BilingualText body, MentoringPair pair, CancellationToken ct)
    {
        var users = (await coordinators.OfCityAsync(cityId, ct)).Append(requester).Where(u => u != Guid.Empty).Distinct();
        foreach (var user in users) await notices.NotifyAsync(user, NoticeKind.MentoringUpdate, title, body, Link(pair), ct);
    }

    private static int CityOfRequester(MentoringPair pair) => pair.CityOf(pair.RequestedBySide);

    private static string En(BilingualText text) => string.IsNullOrWhiteSpace(text.En) ? text.Th : text.En;

    private static string Link(MentoringPair pair) => $"/mentoring/pairs/{pair.Id}";

    private async Task<(BilingualText Mentor, BilingualText Mentee)> NamesAsync(MentoringPair pair, CancellationToken ct)
    {
        var found = await cities.FindManyAsync([pair.MentorCityId, pair.MenteeCityId], ct);
        BilingualText Name(int id) => found.TryGetValue(id, out var c) ? new BilingualText(c.NameTh, c.NameEn) : new BilingualText(id.ToString());
        return (Name(pair.MentorCityId), Name(pair.MenteeCityId));
    }
}
