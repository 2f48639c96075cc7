using LearningCity.Modules.Academy.Data;
using static LearningCity.Modules.Academy.Data.CourseAudience;

namespace LearningCity.Modules.Academy.Seed;

internal sealed record DemoLesson(LessonKind Kind, string Title, string Body, string? VideoUrl = null, LessonQuiz? Quiz = null);

internal sealed record DemoModule(string Title, DemoLesson[] Lessons);

internal sealed record DemoCourse(string Title, string TitleEn, string Summary, CourseCapacity Capacity, CourseAudience Audiences,
    decimal Hours, string Prerequisites, string[] Indicators, DemoModule[] Modules);

/// <summary>The first-run demo courses: one in each of the four capacities, written for Thai city teams.</summary>
internal static class DemoCourses
{
    private static DemoLesson Text(string title, string body) => new(LessonKind.Text, title, body);

    /// <summary>The first course's closing quiz: one question of each kind, in Thai, with English beside it.</summary>
    public static LessonQuiz CurriculumQuiz() => new()
    {
        PassMark = 60, MaxAttempts = 3,
        Questions =
        [
            new()
            {
                Id = 1, Kind = QuestionKind.SingleChoice, PromptTh = "หลักสูตรที่ดีควรเริ่มจากอะไร", PromptEn = "Where should a good curriculum start?",
                Options =
                [
                    new() { Id = 4, TextTh = "ความต้องการเรียนรู้ของคนในเมือง", TextEn = "What the city's people need to learn", Correct = true },
                    new() { Id = 5, TextTh = "รายวิชาที่ศูนย์มีอยู่แล้ว", TextEn = "The subjects the centre already has" },
                    new() { Id = 6, TextTh = "งบประมาณที่เหลือปลายปี", TextEn = "Budget left at the end of the year" },
                ],
            },
            new()
            {
                Id = 2, Kind = QuestionKind.MultipleChoice, PromptTh = "ข้อใดเป็นผลลัพธ์การเรียนรู้ที่วัดได้ (เลือกได้มากกว่าหนึ่งข้อ)",
                PromptEn = "Which are measurable learning outcomes? (choose all that apply)",
                Options =
                [
                    new() { Id = 7, TextTh = "ทำบัญชีครัวเรือนได้", TextEn = "Can keep household accounts", Correct = true },
                    new() { Id = 8, TextTh = "เปิดร้านค้าออนไลน์ได้", TextEn = "Can open an online shop", Correct = true },
                    new() { Id = 9, TextTh = "เข้าใจการเงิน", TextEn = "Understands money" },
                ],
            },
            new()
            {
                Id = 3, Kind = QuestionKind.ShortAnswer, PromptTh = "แบบสำรวจความต้องการของชุมชนควรมีไม่เกินกี่ข้อ (ตอบเป็นตัวเลข)",
                PromptEn = "At most how many questions should a community survey have? (a number)", AcceptedAnswers = ["10", "สิบ", "๑๐"],
            },
        ],
    };

    public static readonly DemoCourse[] All =
    [
        new("ออกแบบหลักสูตรการเรียนรู้ตลอดชีวิตจากความต้องการของชุมชน", "Designing lifelong-learning curricula from community needs",
            "เครื่องมือสำรวจความต้องการเรียนรู้ของคนในเมือง แล้วแปลงเป็นหลักสูตรระยะสั้นที่ศูนย์การเรียนรู้ชุมชนเปิดสอนได้จริง",
            CourseCapacity.CurriculumDevelopment, Coordinators | Educators | Facilitators, 6m, "ไม่มี เหมาะกับผู้เริ่มต้น", ["A1.1", "B1.2"],
        [
            new("สำรวจความต้องการเรียนรู้", [
                Text("ทำไมต้องเริ่มจากความต้องการ", "หลักสูตรที่ดีเริ่มจาก **คำถามของคนในเมือง** ไม่ใช่จากรายวิชาที่มีอยู่แล้ว\n\n- ใครยังไม่ได้เรียน\n- เขาอยากเรียนอะไร เวลาไหน ที่ไหน\n- อะไรทำให้เขาเรียนไม่ได้"),
                Text("แบบสำรวจสั้นสำหรับชุมชน", "ใช้แบบสำรวจไม่เกิน 10 ข้อ ถามผ่านอาสาสมัครสาธารณสุขประจำหมู่บ้านและกลุ่มไลน์ของชุมชน แล้วรวบรวมผลเป็นตารางตามช่วงวัย"),
            ]),
            new("เขียนหลักสูตรระยะสั้น", [
                Text("ผลลัพธ์การเรียนรู้ที่วัดได้", "เขียนผลลัพธ์ด้วยคำกริยาที่เห็นได้ เช่น *ทำบัญชีครัวเรือนได้* แทน *เข้าใจการเงิน*"),
                Text("ตัวอย่างหลักสูตรการตลาดออนไลน์สำหรับผู้สูงวัย", "หลักสูตร 12 ชั่วโมง 4 ครั้ง: ถ่ายภาพสินค้า เขียนคำบรรยาย เปิดร้านออนไลน์ และรับชำระเงินอย่างปลอดภัย"),
                new(LessonKind.Quiz, "แบบทดสอบท้ายหลักสูตร", "ตอบคำถามสามข้อ ได้ร้อยละ 60 ขึ้นไปถือว่าผ่าน ทำได้สามครั้ง", Quiz: CurriculumQuiz()),
            ]),
        ]),
        new("นวัตกรรมการจัดการเรียนรู้แบบลงมือทำในพื้นที่จริง", "Hands-on learning in real places",
            "เปลี่ยนตลาด วัด สวนสาธารณะ และพิพิธภัณฑ์ท้องถิ่นให้เป็นห้องเรียน ด้วยกิจกรรมการเรียนรู้แบบลงมือทำสำหรับทุกช่วงวัย",
            CourseCapacity.PedagogicalInnovation, Facilitators | Educators | CommunityLeaders, 8m, "เคยจัดกิจกรรมการเรียนรู้มาก่อนอย่างน้อยหนึ่งครั้ง", ["B2.3", "C3.1"],
        [
            new("ห้องเรียนที่ไม่มีผนัง", [
                Text("หลักการเรียนรู้จากประสบการณ์", "วงจรการเรียนรู้สี่ขั้น: ลงมือทำ สะท้อนคิด สรุปหลักการ และนำไปใช้ใหม่"),
                new(LessonKind.Video, "ตัวอย่างการเรียนรู้ในตลาดเช้า", "ชมตัวอย่างแล้วจดว่ากระบวนกรตั้งคำถามอย่างไร", "https://video.example.org/academy/market-classroom"),
            ]),
            new("ออกแบบกิจกรรมของเมืองคุณ", [
                Text("แผนกิจกรรมหนึ่งหน้า", "| ขั้น | เวลา | สิ่งที่ผู้เรียนทำ |\n|---|---|---|\n| เปิด | 10 นาที | ตั้งคำถามจากสิ่งที่เห็น |\n| ลงมือ | 40 นาที | สำรวจและบันทึก |\n| สรุป | 10 นาที | แลกเปลี่ยนสิ่งที่ได้เรียนรู้ |"),
                Text("ความปลอดภัยและการขออนุญาตพื้นที่", "ประสานเจ้าของพื้นที่ล่วงหน้า เตรียมประกันอุบัติเหตุ และจัดผู้ช่วยหนึ่งคนต่อผู้เรียนสิบคน"),
            ]),
            new("สะท้อนผลและปรับปรุง", [
                Text("เก็บเสียงผู้เรียน", "ใช้คำถามสามข้อ: ได้เรียนอะไร อยากทำอะไรต่อ และอยากให้ปรับอะไร"),
            ]),
        ]),
        new("สร้างเครือข่ายภาคีและการมีส่วนร่วมของชุมชน", "Building partnerships and community engagement",
            "วิธีชวนวัด โรงเรียน ภาคเอกชน และกลุ่มอาสาสมัครมาเป็นภาคีเมืองแห่งการเรียนรู้ พร้อมเครื่องมือทำแผนที่ภาคีและแหล่งเรียนรู้",
            CourseCapacity.CommunityEngagement, Coordinators | CommunityLeaders | Citizens, 5m, "ไม่มี", ["C3.1", "D1.1"],
        [
            new("ทำแผนที่ภาคีและแหล่งเรียนรู้", [
                Text("ใครอยู่ในเมืองของเราบ้าง", "ทำรายชื่อภาคีตามกลุ่ม: ภาครัฐ การศึกษา ศาสนา เอกชน ประชาสังคม แล้วระบุว่าแต่ละภาคีมีทรัพยากรอะไร"),
                Text("ชวนภาคีด้วยเป้าหมายร่วม", "เริ่มจากปัญหาที่ทุกฝ่ายเห็นตรงกัน เช่น เด็กหลุดจากระบบการศึกษา หรือผู้สูงวัยอยู่ลำพัง"),
            ]),
            new("เวทีประชาคมการเรียนรู้", [
                Text("จัดเวทีให้ทุกเสียงได้พูด", "แบ่งกลุ่มย่อยไม่เกินแปดคน มีผู้จดบันทึกทุกกลุ่ม และสรุปข้อเสนอกลับให้ชุมชนภายในสองสัปดาห์"),
                Text("ติดตามข้อตกลงร่วม", "บันทึกข้อตกลงเป็นตาราง ใครทำอะไร เมื่อไร แล้วรายงานความคืบหน้าในการประชุมครั้งถัดไป"),
            ]),
        ]),
        new("ขับเคลื่อนนโยบายและงบประมาณเมืองแห่งการเรียนรู้", "Moving learning-city policy and budgets",
            "สำหรับผู้บริหารและผู้ประสานงาน: บรรจุการเรียนรู้ตลอดชีวิตในแผนพัฒนาท้องถิ่น ข้อบัญญัติงบประมาณ และการรายงานผลต่อสภา",
            CourseCapacity.PolicyAdvocacy, CityExecutives | Coordinators, 4m, "รู้จักกระบวนการจัดทำแผนพัฒนาท้องถิ่น", ["A1.1", "A2.1", "A3.2"],
        [
            new("การเรียนรู้ในแผนพัฒนาท้องถิ่น", [
                Text("จากวิสัยทัศน์สู่โครงการ", "เชื่อมวิสัยทัศน์เมืองแห่งการเรียนรู้กับยุทธศาสตร์ของแผนพัฒนาท้องถิ่นห้าปี และกำหนดตัวชี้วัดที่ติดตามได้ทุกปี"),
                Text("ตั้งงบประมาณอย่างมีหลักฐาน", "ใช้ผลการประเมินตนเองของเมืองชี้ว่าด้านใดอ่อน แล้วจัดงบประมาณให้ตรงจุด"),
            ]),
            new("สื่อสารกับสภาและประชาชน", [
                Text("รายงานผลหนึ่งหน้า", "สรุปตัวเลขสำคัญ เรื่องเล่าของผู้เรียนหนึ่งคน และสิ่งที่จะทำในปีหน้า"),
                Text("เตรียมตอบคำถามสภา", "รวบรวมคำถามที่พบบ่อย เช่น ความคุ้มค่าของงบประมาณ และผู้ได้ประโยชน์ แล้วเตรียมข้อมูลประกอบ"),
            ]),
        ]),
    ];
}
