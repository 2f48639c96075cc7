using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Public;
using static LearningCity.Modules.Assessment.Data.IndicatorValueType;

namespace LearningCity.Modules.Assessment.Seed;

/// <summary>
/// The default framework, laid out like UNESCO's Key Features of Learning Cities (wider benefits; six major
/// building blocks; fundamental conditions), with indicators written for Thai local governments.
/// </summary>
internal static class DefaultFramework
{
    private sealed record I(string Th, string En, IndicatorValueType Type, string? Unit = null, decimal? Baseline = null, decimal? Target = null,
        bool Evidence = false, string? Source = null, bool Lower = false, string? GuidanceTh = null, string? GuidanceEn = null);

    private sealed record F(string Code, string Th, string En, params I[] Indicators);

    private sealed record A(string Code, string Th, string En, params F[] FocusAreas);

    private static readonly A[] Areas =
    [
        new("W", "ประโยชน์ในวงกว้างของการเป็นเมืองแห่งการเรียนรู้", "Wider benefits of building a learning city",
            new F("W1", "การเสริมพลังบุคคลและความสมานฉันท์ทางสังคม", "Individual empowerment and social cohesion",
                new I("ร้อยละของประชาชนที่มีส่วนร่วมในกิจกรรมจิตอาสาในรอบปี", "Share of residents who volunteered in the past year", Percentage, "%", 0, 40),
                new I("ความพึงพอใจต่อคุณภาพชีวิตของประชาชน (คะแนน 1–5)", "Residents' satisfaction with quality of life (1–5)", Scale)),
            new F("W2", "การพัฒนาเศรษฐกิจและความรุ่งเรืองทางวัฒนธรรม", "Economic development and cultural prosperity",
                new I("จำนวนวิสาหกิจชุมชนที่พัฒนาจากการเรียนรู้", "Community enterprises grown out of learning programmes", Number, "แห่ง", 0, 30),
                new I("จำนวนงานเทศกาลหรือกิจกรรมทางวัฒนธรรมที่เปิดให้ประชาชนเรียนรู้", "Cultural festivals and events open for public learning", Number, "ครั้ง", 0, 20)),
            new F("W3", "การพัฒนาที่ยั่งยืน", "Sustainable development",
                new I("มีแผนหรือโครงการเรียนรู้ด้านสิ่งแวดล้อมที่ดำเนินการจริง", "An environmental learning plan or programme is running", YesNo, Evidence: true),
                new I("ปริมาณขยะต่อประชากรต่อวัน", "Waste per resident per day", Number, "กก.", 1.5m, 0.5m, Lower: true))),
        new("B", "องค์ประกอบหลักหกประการ", "Six major building blocks",
            new F("B1", "การเรียนรู้อย่างทั่วถึงในระบบการศึกษา", "Inclusive learning in the education system",
                new I("ร้อยละของเด็กปฐมวัยที่ได้รับการศึกษาหรือการดูแลพัฒนา", "Share of young children in early education or care", Percentage, "%", 50, 100),
                new I("อัตราการออกกลางคันของนักเรียน", "Student drop-out rate", Percentage, "%", 10, 0, Lower: true)),
            new F("B2", "การฟื้นฟูการเรียนรู้ในครอบครัวและชุมชน", "Revitalised learning in families and communities",
                new I("แหล่งเรียนรู้ต่อประชากร 10,000 คน", "Learning spaces per 10,000 people", Number, "แห่ง", 0, 5, Source: PlatformFigureKeys.SpacesPer10k,
                    GuidanceTh: "นับแหล่งเรียนรู้ที่เผยแพร่บนแพลตฟอร์มและแหล่งอื่นที่เปิดให้ประชาชนใช้", GuidanceEn: "Count the learning spaces published on the platform and any other place open to the public"),
                new I("จำนวนศูนย์การเรียนรู้ชุมชนที่เปิดให้บริการสม่ำเสมอ", "Community learning centres open regularly", Number, "แห่ง", 0, 20, Evidence: true)),
            new F("B3", "การเรียนรู้ที่มีประสิทธิผลเพื่อการทำงานและในที่ทำงาน", "Effective learning for and in the workplace",
                new I("จำนวนผู้ได้รับการพัฒนาทักษะอาชีพในรอบปี", "People trained in work skills in the year", Number, "คน", 0, 2000),
                new I("มีความร่วมมือกับภาคธุรกิจเพื่อการเรียนรู้ในที่ทำงาน", "Partnerships with employers for workplace learning", YesNo)),
            new F("B4", "การขยายการใช้เทคโนโลยีการเรียนรู้สมัยใหม่", "Extended use of modern learning technologies",
                new I("สื่อการเรียนรู้ที่เมืองเผยแพร่บนแพลตฟอร์ม", "Learning resources the city published on the platform", Number, "รายการ", 0, 30, Source: PlatformFigureKeys.PublishedResources),
                new I("ร้อยละของครัวเรือนที่เข้าถึงอินเทอร์เน็ต", "Share of households with internet access", Percentage, "%", 40, 100)),
            new F("B5", "การยกระดับคุณภาพและความเป็นเลิศในการเรียนรู้", "Enhanced quality and excellence in learning",
                new I("จำนวนวิทยากรและผู้อำนวยความสะดวกการเรียนรู้ที่ผ่านการอบรม", "Trained facilitators and learning mentors", Number, "คน", 0, 100),
                new I("ระดับการติดตามและประเมินผลกิจกรรมการเรียนรู้ (1–5)", "Monitoring and evaluation of learning activities (1–5)", Scale)),
            new F("B6", "วัฒนธรรมการเรียนรู้ตลอดชีวิตที่มีชีวิตชีวา", "A vibrant culture of learning throughout life",
                new I("กิจกรรมการเรียนรู้ชุมชนบนแพลตฟอร์มในปี", "Community learning activities on the platform in the year", Number, "กิจกรรม", 0, 50, Source: PlatformFigureKeys.BoosterActivities),
                new I("ผู้เข้าร่วมกิจกรรมการเรียนรู้ต่อประชากร 1,000 คน", "Learning-activity participants per 1,000 people", Number, "คน", 0, 100, Source: PlatformFigureKeys.BoosterParticipantsPer1000),
                new I("ชั่วโมงการเรียนรู้รวมของผู้เข้าร่วม", "Total learning hours of participants", Number, "ชั่วโมง", 0, 5000, Source: PlatformFigureKeys.BoosterHours),
                new I("ร้อยละของผู้ใหญ่ที่เข้าร่วมการเรียนรู้ในรอบ 12 เดือน", "Share of adults who took part in learning in the past 12 months", Percentage, "%", 10, 60))),
        new("C", "เงื่อนไขพื้นฐาน", "Fundamental conditions",
            new F("C1", "เจตจำนงทางการเมืองและความมุ่งมั่นที่เข้มแข็ง", "Strong political will and commitment",
                new I("เมืองแห่งการเรียนรู้อยู่ในแผนพัฒนาท้องถิ่น", "The learning city is part of the local development plan", YesNo, Evidence: true),
                new I("งบประมาณเพื่อการเรียนรู้ตลอดชีวิตต่อประชากร", "Lifelong-learning budget per resident", Number, "บาท", 0, 200)),
            new F("C2", "ธรรมาภิบาลและการมีส่วนร่วมของทุกภาคส่วน", "Governance and participation of all stakeholders",
                new I("มีคณะกรรมการขับเคลื่อนเมืองแห่งการเรียนรู้ที่มีภาคีหลายภาคส่วน", "A multi-stakeholder learning-city committee exists", YesNo, Evidence: true),
                new I("จำนวนภาคีเครือข่ายที่ร่วมจัดกิจกรรมการเรียนรู้", "Partner organisations running learning activities", Number, "องค์กร", 0, 40)),
            new F("C3", "การระดมและใช้ทรัพยากร", "Mobilisation and utilisation of resources",
                new I("สัดส่วนงบประมาณจากภาคีภายนอก", "Share of funding from outside partners", Percentage, "%", 0, 50),
                new I("คำอธิบายการระดมทรัพยากรที่โดดเด่น", "A notable way the city mobilised resources", Text, Evidence: false))),
    ];

    public static IndicatorFramework Build(DateTime now)
    {
        var framework = new IndicatorFramework
        {
            VersionNumber = 1, Name = new BilingualText("กรอบตัวชี้วัดเมืองแห่งการเรียนรู้ประเทศไทย", "Thailand Learning City indicator framework"),
            Status = FrameworkStatus.Published, CreatedAt = now, PublishedAt = now, IsDemo = false,
        };
        var areaOrder = 0;
        foreach (var a in Areas)
        {
            var area = new FrameworkArea { Code = a.Code, Name = new BilingualText(a.Th, a.En), SortOrder = areaOrder++ };
            var focusOrder = 0;
            foreach (var f in a.FocusAreas)
            {
                var focus = new FocusArea { Code = f.Code, Name = new BilingualText(f.Th, f.En), SortOrder = focusOrder++ };
                var n = 0;
                foreach (var i in f.Indicators)
                {
                    n++;
                    focus.Indicators.Add(new Indicator
                    {
                        Code = $"{f.Code}.{n}", Name = new BilingualText(i.Th, i.En), Guidance = new BilingualText(i.GuidanceTh ?? "", i.GuidanceEn),
                        ValueType = i.Type, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, EvidenceRequired = i.Evidence,
                        PlatformSource = i.Source, Direction = i.Lower ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter,
                        Required = i.Type != Text, SortOrder = n,
                    });
                }
                area.FocusAreas.Add(focus);
            }
            framework.Areas.Add(area);
        }
        return framework;
    }
}
