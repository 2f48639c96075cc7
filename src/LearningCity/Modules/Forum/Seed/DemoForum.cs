namespace LearningCity.Modules.Forum.Seed;

/// <summary>The first-run demo forum: categories for the pillars and two themes, and conversations among the demo accounts.</summary>
internal static class DemoForum
{
    public sealed record DemoCategory(string Slug, string Th, string En, string DescriptionTh, string DescriptionEn, int? Pillar);

    /// <summary>A reply: who wrote it (a demo account's handle), what it says, and whether the asker accepted it.</summary>
    public sealed record DemoReply(string Author, string Body, bool Accepted = false);

    public sealed record DemoTopic(string Category, string Author, string Title, bool Question, string Body, string[] Indicators, string[] Provinces,
        DemoReply[] Replies);

    public static readonly DemoCategory[] Categories =
    [
        new("academy", "สถาบันและการพัฒนาศักยภาพทีมเมือง", "Academy and city team capacity", "หลักสูตร การอบรม และการพัฒนาทีมที่ขับเคลื่อนเมืองแห่งการเรียนรู้", "Courses, training and growing the teams that run learning cities", 1),
        new("assessment", "การประเมินตนเองและงานวิจัย", "Self-assessment and research", "ตัวชี้วัด หลักฐาน และการใช้ผลประเมินพัฒนาเมือง", "Indicators, evidence and using assessment results", 2),
        new("awards", "รางวัลเมืองแห่งการเรียนรู้", "Learning City Awards", "การเตรียมใบสมัคร เกณฑ์ และประสบการณ์จากเมืองที่ได้รับรางวัล", "Preparing applications, criteria and lessons from awarded cities", 3),
        new("places", "แหล่งเรียนรู้และฐานข้อมูล", "Learning places and data", "แหล่งเรียนรู้ สื่อ และการเผยแพร่ข้อมูลเปิด", "Learning places, resources and open data", 4),
        new("festival", "เทศกาลการเรียนรู้", "Learning Festival", "การจัดบูธ เวทีแลกเปลี่ยน และการชวนประชาชนมาร่วมงาน", "Booths, sessions and bringing people to the festival", 5),
        new("activities", "กิจกรรมการเรียนรู้ตลอดชีวิต", "Lifelong learning activities", "การจัดกิจกรรมในชุมชนสำหรับทุกช่วงวัย", "Community activities for every age", 6),
        new("older-learners", "การเรียนรู้ของผู้สูงอายุ", "Older learners", "แนวทางและประสบการณ์ในการชวนผู้สูงอายุมาเรียนรู้", "Ways to bring older people into learning", null),
        new("partnerships", "ภาคีเครือข่ายและการระดมทุน", "Partnerships and funding", "การทำงานร่วมกับภาคธุรกิจ สถานศึกษา และแหล่งทุน", "Working with business, schools and funders", null),
    ];

    public static readonly DemoTopic[] Topics =
    [
        new("assessment", "coordinator.chiangmai", "เก็บหลักฐานตัวชี้วัดคณะกรรมการขับเคลื่อนแบบไหนให้ผู้ตรวจยอมรับ", true,
            "ปีนี้เชียงใหม่ตั้ง **คณะกรรมการขับเคลื่อนเมืองแห่งการเรียนรู้** แล้ว มีตัวแทนจากโรงเรียน วัด และหอการค้า\n\nอยากทราบว่าหลักฐานสำหรับตัวชี้วัด C2.1 ควรแนบอะไรบ้าง คำสั่งแต่งตั้งอย่างเดียวพอไหมคะ",
            ["C2.1"], ["TH-50"],
            [
                new("reviewer", "คำสั่งแต่งตั้งจำเป็นค่ะ แต่ควรแนบ **รายงานการประชุมอย่างน้อยสองครั้ง** ที่แสดงว่าภาคีต่าง ๆ ได้ร่วมตัดสินใจจริง และรายชื่อกรรมการที่ระบุหน่วยงาน ผู้ตรวจจะดูว่ามีการประชุมต่อเนื่อง ไม่ใช่ตั้งไว้เฉย ๆ", Accepted: true),
                new("researcher", "เสริมจากงานวิจัยค่ะ เมืองที่คณะกรรมการทำงานได้ดีมักมีแผนงานประจำปีที่กรรมการร่วมกันเขียน ถ้ามีแนบมาด้วยจะช่วยมาก"),
                new("coordinator.chiangmai", "ขอบคุณมากค่ะ @reviewer จะรวบรวมรายงานการประชุมสามครั้งล่าสุดแนบไปค่ะ"),
            ]),
        new("older-learners", "learner", "จัดกิจกรรมสำหรับผู้สูงอายุวันธรรมดาหรือวันหยุดดีกว่ากัน", true,
            "ชมรมผู้สูงอายุในหมู่บ้านอยากเรียนการใช้สมาร์ตโฟน ลูกหลานว่างเฉพาะวันหยุด แต่ผู้สูงอายุสะดวกวันธรรมดาช่วงเช้า ควรเลือกแบบไหนดีครับ",
            ["B6.4"], [],
            [
                new("coordinator.chiangmai", "ที่เชียงใหม่เราจัด **วันพุธช่วงเช้า** ที่ศาลาวัด แล้วชวนนักศึกษาอาสามาเป็นพี่เลี้ยงแทนลูกหลาน ได้ผลดีมาก ผู้สูงอายุมาครบทุกครั้ง"),
                new("researcher", "ถ้าเป็นไปได้ให้จัดกลุ่มเล็ก 5–6 คนต่อพี่เลี้ยงหนึ่งคนครับ งานศึกษาหลายชิ้นพบว่าผู้สูงอายุกล้าถามมากขึ้นเมื่อกลุ่มเล็ก"),
            ]),
        new("academy", "researcher", "หลักสูตรไหนเหมาะกับผู้ประสานงานเมืองที่เพิ่งเริ่มงาน", false,
            "ทีมเมืองหลายแห่งเปลี่ยนผู้ประสานงานทุกปี อยากชวนแลกเปลี่ยนว่าหลักสูตรในสถาบันเรื่องไหนควรเรียนก่อน และเรียนเป็นทีมได้ผลกว่าเรียนคนเดียวไหม",
            [], [],
            [
                new("coordinator.chiangmai", "แนะนำให้เริ่มจากหลักสูตรด้านการมีส่วนร่วมของชุมชนก่อนค่ะ แล้วค่อยต่อด้านนโยบาย เพราะงานแรก ๆ ของผู้ประสานงานคือการชวนภาคีมาคุยกัน"),
            ]),
        new("awards", "coordinator.chiangmai", "ใบสมัครรางวัลต้องใช้ผลการประเมินตนเองของปีไหน", true,
            "รอบนี้เปิดรับสมัครก่อนที่ผลประเมินตนเองของปีนี้จะผ่านการตรวจ จะใช้ผลของปีที่แล้วได้หรือไม่ครับ",
            [], ["TH-50"],
            [
                new("reviewer", "ใช้ผลล่าสุดที่ผ่านการตรวจแล้วได้ครับ ระบบจะดึงผลนั้นมาให้ในใบสมัครโดยอัตโนมัติ"),
            ]),
    ];
}
