using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>First-run demo learning spaces (Seed:Demo) in the demo cities; runs only while there are no spaces at all.</summary>
internal sealed class DemoSpaceSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 45;

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] TueToSun = [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static List<OpeningInterval> Hours(IEnumerable<DayOfWeek> days, int opens, int closes) =>
        days.Select(d => new OpeningInterval(d, new TimeOnly(opens, 0), new TimeOnly(closes, 0))).ToList();

    private static List<OpeningInterval> EveryDay(int opens, int closes) => Hours(ThaiClock.Week, opens, closes);

    private sealed record Demo(string Province, string NameTh, string NameEn, SpaceType Type, string DescriptionTh, string DescriptionEn,
        string AddressTh, string District, double Lat, double Lon, List<OpeningInterval> Hours, string[] Facilities, AccessibilityFeature Access, bool Free = true, string? Fee = null);

    private static readonly Demo[] All =
    [
        new("TH-50", "หอศิลปวัฒนธรรมเมืองเชียงใหม่", "Chiang Mai City Arts and Cultural Centre", SpaceType.Museum,
            "พิพิธภัณฑ์ประวัติศาสตร์ล้านนากลางเมืองเก่า มีกิจกรรมเรียนรู้สำหรับเด็กและครอบครัว", "A museum of Lanna history in the old city, with learning activities for children and families",
            "ถนนพระปกเกล้า ตำบลศรีภูมิ", "อำเภอเมืองเชียงใหม่", 18.7904, 98.9877, Hours(TueToSun, 8, 17), ["ห้องนิทรรศการ", "ห้องกิจกรรม", "Wi-Fi"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet | AccessibilityFeature.WheelchairLoan, false, "ผู้ใหญ่ 90 บาท เด็ก 40 บาท"),
        new("TH-50", "ห้องสมุดประชาชนเทศบาลนครเชียงใหม่", "Chiang Mai Municipal Public Library", SpaceType.PublicLibrary,
            "ห้องสมุดเปิดให้ทุกวัย มีมุมหนังสือเด็กและมุมคอมพิวเตอร์", "A library for all ages with a children's corner and computers",
            "ถนนราชดำเนิน ตำบลพระสิงห์", "อำเภอเมืองเชียงใหม่", 18.7880, 98.9855, Hours(TueToSun, 9, 18), ["มุมหนังสือเด็ก", "คอมพิวเตอร์", "Wi-Fi"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.EasyRead),
        new("TH-50", "สวนสาธารณะหนองบวกหาด", "Nong Buak Hard Public Park", SpaceType.Park,
            "สวนกลางเมืองสำหรับเรียนรู้ธรรมชาติและออกกำลังกาย", "A city park for nature learning and exercise",
            "ถนนบำรุงบุรี ตำบลพระสิงห์", "อำเภอเมืองเชียงใหม่", 18.7817, 98.9806, EveryDay(5, 20), ["ลานกิจกรรม", "ทางเดินศึกษาธรรมชาติ"],
            AccessibilityFeature.StepFreeAccess),
        new("TH-65", "ห้องสมุดประชาชนจังหวัดพิษณุโลก", "Phitsanulok Provincial Public Library", SpaceType.PublicLibrary,
            "ห้องสมุดประชาชนประจำจังหวัด มีบริการหนังสือเสียงและอักษรเบรลล์", "The provincial public library with audio books and Braille",
            "ถนนบรมไตรโลกนาถ ตำบลในเมือง", "อำเภอเมืองพิษณุโลก", 16.8243, 100.2638, Hours(TueToSun, 8, 16), ["หนังสือเสียง", "ห้องประชุมเล็ก"],
            AccessibilityFeature.Braille | AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet),
        new("TH-65", "ศูนย์การเรียนรู้ชุมชนริมน่าน", "Riverside Nan Community Learning Centre", SpaceType.CommunityLearningCentre,
            "ศูนย์เรียนรู้ภูมิปัญญาท้องถิ่นริมแม่น้ำน่าน สอนทำอาหารและงานฝีมือ", "A local-wisdom centre by the Nan river teaching cooking and crafts",
            "ถนนพุทธบูชา ตำบลในเมือง", "อำเภอเมืองพิษณุโลก", 16.8204, 100.2662, Hours(Weekdays, 9, 16), ["ครัวชุมชน", "ห้องงานฝีมือ"],
            AccessibilityFeature.StepFreeAccess),
        new("TH-40", "ห้องสมุดเทศบาลนครขอนแก่น", "Khon Kaen City Library", SpaceType.PublicLibrary,
            "ห้องสมุดเมืองพร้อมพื้นที่อ่านหนังสือและห้องเรียนรู้ภาษา", "The city library with reading rooms and a language learning room",
            "ถนนประชาสโมสร ตำบลในเมือง", "อำเภอเมืองขอนแก่น", 16.4330, 102.8262, Hours(TueToSun, 8, 18), ["ห้องอ่านหนังสือ", "ห้องเรียนภาษา", "Wi-Fi"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet | AccessibilityFeature.AccessibleParking),
        new("TH-40", "ศูนย์ดิจิทัลชุมชนบึงแก่นนคร", "Bueng Kaen Nakhon Digital Community Hub", SpaceType.DigitalHub,
            "ศูนย์ฝึกทักษะดิจิทัลสำหรับผู้สูงอายุและผู้ประกอบการรายย่อย", "Digital skills training for older people and small businesses",
            "ถนนรอบบึงแก่นนคร ตำบลในเมือง", "อำเภอเมืองขอนแก่น", 16.4115, 102.8351, Hours(Weekdays, 9, 17), ["คอมพิวเตอร์ 20 เครื่อง", "เครื่องพิมพ์สามมิติ"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.HearingLoop),
        new("TH-24", "ตลาดบ้านใหม่ริมน้ำ ร้อยปี", "Ban Mai Hundred-Year Riverside Market", SpaceType.Market,
            "ตลาดเก่าริมแม่น้ำบางปะกง เรียนรู้วิถีชุมชนไทย-จีน", "An old market on the Bang Pakong river where visitors learn Thai-Chinese community life",
            "ตำบลบ้านใหม่", "อำเภอเมืองฉะเชิงเทรา", 13.6990, 101.0822, [.. Hours([DayOfWeek.Saturday, DayOfWeek.Sunday], 8, 17)], ["ร้านค้าชุมชน", "ท่าเรือ"],
            AccessibilityFeature.None),
        new("TH-95", "ศูนย์การเรียนรู้พหุวัฒนธรรมเมืองยะลา", "Yala Multicultural Learning Centre", SpaceType.CommunityLearningCentre,
            "พื้นที่เรียนรู้ภาษาและวัฒนธรรมไทย มลายู และจีนของเมืองยะลา", "A place to learn the Thai, Malay and Chinese languages and cultures of Yala",
            "ถนนสิโรรส ตำบลสะเตง", "อำเภอเมืองยะลา", 6.5418, 101.2810, Hours(Weekdays, 8, 16), ["ห้องเรียนภาษา", "ห้องละหมาด"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet),
        new("TH-95", "สวนขวัญเมือง", "Khwan Mueang Park", SpaceType.Park,
            "สวนสาธารณะและลานกีฬาที่ชุมชนใช้จัดกิจกรรมเรียนรู้กลางแจ้ง", "A park and sports ground used for outdoor community learning",
            "ถนนพิพิธภักดี ตำบลสะเตง", "อำเภอเมืองยะลา", 6.5469, 101.2833, EveryDay(5, 21), ["ลานกีฬา", "ลานกิจกรรม"],
            AccessibilityFeature.StepFreeAccess),
        new("TH-10", "หอสมุดเมืองกรุงเทพมหานคร", "Bangkok City Library", SpaceType.PublicLibrary,
            "ห้องสมุดเมืองย่านราชดำเนิน มีหนังสือเด็ก หนังสือภาษาต่างประเทศ และจุดบริการดิจิทัล", "The city library on Ratchadamnoen with children's and foreign-language books and digital services",
            "ถนนราชดำเนินกลาง แขวงบวรนิเวศ", "เขตพระนคร", 13.7567, 100.4988, Hours(TueToSun, 9, 19), ["หนังสือภาษาต่างประเทศ", "ห้องสมุดเด็ก", "Wi-Fi"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet | AccessibilityFeature.Braille | AccessibilityFeature.WheelchairLoan),
        new("TH-10", "สวนเบญจกิติ", "Benjakitti Forest Park", SpaceType.Park,
            "สวนป่าในเมืองสำหรับเรียนรู้ระบบนิเวศพื้นที่ชุ่มน้ำ", "An urban forest park for learning about wetland ecology",
            "ถนนรัชดาภิเษก แขวงคลองเตย", "เขตคลองเตย", 13.7303, 100.5573, EveryDay(5, 21), ["ทางเดินลอยฟ้า", "ลานกิจกรรม"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.AccessibleToilet | AccessibilityFeature.AccessibleParking),
        new("TH-20", "ศูนย์การเรียนรู้ภาษาเมืองพัทยา", "Pattaya Language Learning Centre", SpaceType.SchoolOpenToPublic,
            "ห้องเรียนภาษาอังกฤษ จีน และรัสเซียสำหรับผู้ทำงานบริการ เปิดภาคค่ำ", "English, Chinese and Russian evening classes for service workers",
            "ถนนพัทยากลาง ตำบลหนองปรือ", "อำเภอบางละมุง", 12.9323, 100.8826,
            [.. Hours(Weekdays, 9, 12), .. Hours(Weekdays, 17, 20)], ["ห้องเรียนภาษา", "ห้องปฏิบัติการเสียง"],
            AccessibilityFeature.StepFreeAccess | AccessibilityFeature.HearingLoop),
        new("TH-45", "ศูนย์เรียนรู้เกษตรอินทรีย์ตำบลหนองแวง", "Nong Waeng Organic Farming Learning Centre", SpaceType.CommunityLearningCentre,
            "แปลงสาธิตเกษตรอินทรีย์และโรงเรียนชาวนา", "Organic demonstration plots and a farmers' school",
            "หมู่ 3 ตำบลหนองแวง", "อำเภอเมืองร้อยเอ็ด", 16.0820, 103.6805, Hours([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday], 7, 15),
            ["แปลงสาธิต", "โรงเรือน"], AccessibilityFeature.None),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.LearningSpaces.AnyAsync(ct)) return;
        var cities = await db.Cities.Where(c => c.IsDemo).Select(c => new { c.Id, c.ProvinceCode }).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var d in All)
        {
            if (cities.FirstOrDefault(c => c.ProvinceCode == d.Province) is not { } city) continue;
            db.LearningSpaces.Add(new LearningSpace
            {
                Name = new BilingualText(d.NameTh, d.NameEn), Description = new BilingualText(d.DescriptionTh, d.DescriptionEn),
                Type = d.Type, Address = new BilingualText(d.AddressTh), ProvinceCode = d.Province, District = d.District,
                Latitude = d.Lat, Longitude = d.Lon, OpeningHours = d.Hours, Facilities = [.. d.Facilities], Accessibility = d.Access,
                IsFree = d.Free, FeeNote = d.Fee, CityId = city.Id, Status = PublicationStatus.Published, IsDemo = true,
                CreatedAt = now, UpdatedAt = now, Version = 1,
            });
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // The ids exist only after the insert; the search change log joins the same transaction.
        foreach (var id in db.ChangeTracker.Entries<LearningSpace>().Select(e => e.Entity.Id).ToList())
            SearchChanges.Record(db, "space", id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
