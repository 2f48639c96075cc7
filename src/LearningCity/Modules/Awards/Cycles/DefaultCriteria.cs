using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Awards.Cycles;

/// <summary>
/// The criteria of the Thai award (leadership and plans; verifiable outputs and impact; learning spaces; innovation
/// and technology; planning for the future), each on a five-level rubric, and the usual categories. A new cycle
/// starts with copies of these; the secretariat may change them before the call opens.
/// </summary>
public static class DefaultCriteria
{
    private static readonly (string Th, string En)[] Levels =
    [
        ("ยังไม่ปรากฏหลักฐาน", "No evidence yet"),
        ("เริ่มต้น มีหลักฐานบางส่วน", "Emerging: some evidence"),
        ("กำลังพัฒนา มีหลักฐานชัดเจนในบางด้าน", "Developing: clear evidence in some respects"),
        ("ก้าวหน้า มีหลักฐานชัดเจนและต่อเนื่อง", "Advanced: clear and sustained evidence"),
        ("เป็นแบบอย่าง มีผลลัพธ์ที่พิสูจน์ได้และขยายผล", "Exemplary: proven results that others adopt"),
    ];

    private static readonly (string Code, string Th, string En, string GuidanceTh, string GuidanceEn, double Weight)[] Items =
    [
        ("1", "ความมุ่งมั่นของผู้นำ กลไกของเมือง และแผนพัฒนา", "Leadership commitment, city mechanisms and development plans",
            "ผู้บริหารประกาศนโยบายอย่างไร มีคณะทำงานหรือกลไกใด และเมืองแห่งการเรียนรู้อยู่ในแผนพัฒนาท้องถิ่นอย่างไร",
            "How the leadership committed, which mechanisms run the learning city, and how it sits in the local development plan", 25),
        ("2", "ผลผลิต ผลลัพธ์ และผลกระทบของกระบวนการเรียนรู้ที่ตรวจสอบได้", "Verifiable outputs, outcomes and impact of learning processes",
            "กิจกรรมและผู้เรียนที่นับได้ การเปลี่ยนแปลงที่เกิดกับผู้คนและชุมชน พร้อมหลักฐาน",
            "Activities and learners that can be counted, and the change in people and communities, with evidence", 25),
        ("3", "การขยายพื้นที่การเรียนรู้", "Expansion of learning spaces",
            "พื้นที่การเรียนรู้ใหม่หรือที่ปรับปรุง การเข้าถึงของคนทุกวัย และการใช้งานจริง",
            "New or improved learning spaces, their reach to every age and their actual use", 20),
        ("4", "การใช้นวัตกรรมและเทคโนโลยี", "Use of innovation and technology",
            "นวัตกรรมการเรียนรู้และเครื่องมือดิจิทัลที่เมืองนำมาใช้ และผลที่เกิดขึ้น",
            "The learning innovations and digital tools the city uses, and what they achieved", 15),
        ("5", "การวางแผนเพื่ออนาคต", "Planning for the future",
            "เป้าหมาย งบประมาณ และภาคีที่จะทำให้การเรียนรู้ของเมืองยั่งยืน",
            "Goals, budget and partners that make the city's learning sustainable", 15),
    ];

    public static List<AwardCriterion> Criteria() => Items.Select((c, n) => new AwardCriterion
    {
        Code = c.Code, Name = new BilingualText(c.Th, c.En), Guidance = new BilingualText(c.GuidanceTh, c.GuidanceEn),
        Weight = c.Weight, WordLimit = 800, SortOrder = n,
        Rubric = Levels.Select((l, score) => new RubricLevel(score + 1, l.Th, l.En)).ToList(),
    }).ToList();

    public static List<AwardCategory> Categories() =>
    [
        Category("large", "เทศบาลนครและเทศบาลเมือง", "City and town municipalities", 0,
            LocalGovernmentType.BangkokMetropolitanAdministration, LocalGovernmentType.PattayaCity, LocalGovernmentType.CityMunicipality, LocalGovernmentType.TownMunicipality),
        Category("subdistrict", "เทศบาลตำบล", "Subdistrict municipalities", 1, LocalGovernmentType.SubdistrictMunicipality),
        Category("sao", "องค์การบริหารส่วนตำบล", "Subdistrict administrative organisations", 2, LocalGovernmentType.SubdistrictAdministrativeOrganisation),
        Category("pao", "องค์การบริหารส่วนจังหวัด", "Provincial administrative organisations", 3, LocalGovernmentType.ProvincialAdministrativeOrganisation),
        new()
        {
            Code = "digital", Kind = CategoryKind.Special, SortOrder = 4,
            Name = new BilingualText("รางวัลพิเศษ นวัตกรรมการเรียนรู้ดิจิทัล", "Special award: digital learning innovation"),
            Description = new BilingualText("เปิดให้ทุกเมือง สำหรับนวัตกรรมดิจิทัลที่ขยายโอกาสการเรียนรู้", "Open to every city, for a digital innovation that widens learning"),
        },
    ];

    private static AwardCategory Category(string code, string th, string en, int order, params LocalGovernmentType[] types) => new()
    {
        Code = code, Kind = CategoryKind.LocalGovernmentType, SortOrder = order, LocalGovernmentTypes = [.. types],
        Name = new BilingualText(th, en), Description = new BilingualText($"สำหรับ{th}", $"For {en.ToLowerInvariant()}"),
    };
}
