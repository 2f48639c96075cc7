using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;

namespace LearningCity.Modules.Research.Seed;

/// <summary>A demo item; Provinces name the demo cities it covers by their province codes.</summary>
internal sealed record DemoResearchItem(BilingualText Title, BilingualText Abstract, string[] Authors, int Year, ResearchType Type,
    string[] Provinces, string[] Keywords, string[] Indicators, string? Doi = null, string? Url = null, string Licence = "CC-BY-4.0");

/// <summary>The demo research items: invented for the demo, about the demo cities, each abstract saying so.</summary>
internal static class DemoResearch
{
    private const string DemoNoteTh = " (ข้อมูลตัวอย่างเพื่อสาธิตระบบ)";
    private const string DemoNoteEn = " (Demo content.)";

    public static DemoResearchItem[] All =>
    [
        new(new("การประเมินความพร้อมสู่การเป็นเมืองแห่งการเรียนรู้ของเทศบาลนครเชียงใหม่", "Readiness of Chiang Mai City Municipality to become a learning city"),
            new("รายงานนี้ประเมินความพร้อมของเทศบาลนครเชียงใหม่ตามกรอบตัวชี้วัดเมืองแห่งการเรียนรู้ โดยสำรวจครัวเรือน 1,200 ครัวเรือน "
                + "และสัมภาษณ์ผู้นำชุมชน พบว่าวัด พิพิธภัณฑ์ และชุมชนช่างฝีมือเป็นจุดแข็ง ขณะที่การเข้าถึงของผู้สูงอายุยังเป็นช่องว่าง" + DemoNoteTh,
                "This report assesses Chiang Mai's readiness against the learning-city indicators through a survey of 1,200 households and "
                + "interviews with community leaders. Temples, museums and craft communities are strengths; access for older persons is a gap." + DemoNoteEn),
            ["อรุณี แก้วมณี", "สมศักดิ์ ปัญญาดี"], 2023, ResearchType.Report, ["TH-50"],
            ["เมืองแห่งการเรียนรู้", "การประเมินตนเอง", "ล้านนา"], ["A1.1", "B2.3"], Doi: "10.5555/tlc-demo.2023.001"),
        new(new("บทบาทของห้องสมุดชุมชนในการส่งเสริมการเรียนรู้ตลอดชีวิตของผู้สูงอายุ: กรณีศึกษาขอนแก่นและพิษณุโลก",
                "Community libraries and lifelong learning of older persons: Khon Kaen and Phitsanulok"),
            new("กรณีศึกษาห้องสมุดชุมชน 8 แห่งที่จัดกิจกรรมสำหรับผู้สูงอายุ เช่น การใช้สมาร์ตโฟนและการเล่านิทานข้ามรุ่น "
                + "ชี้ให้เห็นว่าอาสาสมัครในชุมชนและการเดินทางที่สะดวกเป็นปัจจัยสำคัญของการเข้าร่วมอย่างต่อเนื่อง" + DemoNoteTh,
                "A case study of eight community libraries running activities for older persons, such as smartphone lessons and "
                + "intergenerational storytelling. Local volunteers and easy travel are key to continued participation." + DemoNoteEn),
            ["ประภาพร ศรีสุข", "วิชัย ทองดี", "Jane Doe"], 2024, ResearchType.CaseStudy, ["TH-40", "TH-65"],
            ["ผู้สูงอายุ", "ห้องสมุดชุมชน", "การเรียนรู้ตลอดชีวิต"], ["B1.2", "C3.1"]),
        new(new("ข้อเสนอเชิงนโยบาย: งบประมาณท้องถิ่นเพื่อการเรียนรู้ตลอดชีวิต", "Policy brief: local budgets for lifelong learning"),
            new("ข้อเสนอให้องค์กรปกครองส่วนท้องถิ่นกำหนดสัดส่วนงบประมาณเพื่อการเรียนรู้ตลอดชีวิตอย่างชัดเจน "
                + "และรายงานผลผลิตการเรียนรู้ต่อสาธารณะทุกปี โดยใช้บทเรียนจากฉะเชิงเทรา กรุงเทพมหานคร และยะลา" + DemoNoteTh,
                "Proposes that local governments set a clear share of their budget for lifelong learning and report learning outputs "
                + "publicly every year, drawing on Chachoengsao, Bangkok and Yala." + DemoNoteEn),
            ["คณะทำงานนโยบายเมืองแห่งการเรียนรู้"], 2024, ResearchType.PolicyBrief, ["TH-24", "TH-10", "TH-95"],
            ["นโยบายท้องถิ่น", "งบประมาณ", "องค์กรปกครองส่วนท้องถิ่น"], ["A2.1", "A3.2"], Licence: "CC-BY-SA-4.0"),
        new(new("ชุดข้อมูลการเข้าร่วมกิจกรรมการเรียนรู้ชุมชนของเมืองตัวอย่าง ปี 2566", "Participation in community learning activities in the demo cities, 2023"),
            new("จำนวนผู้เข้าร่วมกิจกรรมการเรียนรู้ชุมชนรายเดือน แยกตามเมือง ช่วงอายุ และประเภทกิจกรรม รวบรวมจากรายงานของเทศบาล "
                + "เผยแพร่เป็นข้อมูลเปิดเพื่อใช้เทียบเคียงและวางแผน" + DemoNoteTh,
                "Monthly participants in community learning activities by city, age group and kind of activity, compiled from "
                + "municipal reports and published as open data for benchmarking and planning." + DemoNoteEn),
            ["สำนักงานเลขานุการเครือข่ายเมืองแห่งการเรียนรู้"], 2023, ResearchType.Dataset, ["TH-50", "TH-65", "TH-40", "TH-24", "TH-95", "TH-10"],
            ["ชุดข้อมูลเปิด", "การมีส่วนร่วม", "สถิติการเรียนรู้"], ["B2.3", "D1.1"], Licence: "CC0-1.0"),
        new(new("ทักษะดิจิทัลของแรงงานนอกระบบในเขตเมือง: ผลการสำรวจกรุงเทพมหานครและเชียงใหม่", "Digital skills of informal workers in Bangkok and Chiang Mai"),
            new("บทความวิจัยจากการสำรวจแรงงานนอกระบบ 800 คน พบว่าทักษะการขายออนไลน์และการชำระเงินดิจิทัลเพิ่มรายได้ได้ชัดเจน "
                + "แต่ผู้มีอายุเกิน 50 ปีเข้าถึงการฝึกอบรมน้อยกว่ากลุ่มอื่นมาก" + DemoNoteTh,
                "A research paper based on a survey of 800 informal workers: online selling and digital payment skills clearly raise "
                + "income, yet workers over 50 reach training far less than others." + DemoNoteEn),
            ["กมลวรรณ ใจงาม", "ธนพล วงศ์ใหญ่"], 2022, ResearchType.Paper, ["TH-10", "TH-50"],
            ["ทักษะดิจิทัล", "แรงงานนอกระบบ", "การพัฒนาทักษะ"], ["B3.1"], Url: "https://research.example.ac.th/digital-skills-informal-workers"),
    ];
}
