using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The demo resources' texts (Thai first; English where the item has an English version).</summary>
internal static class DemoResources
{
    public static DemoResource[] All =>
    [
        new(new("คู่มือจัดตั้งศูนย์การเรียนรู้ชุมชน", "A guide to setting up a community learning centre"),
            new("ขั้นตอนตั้งแต่สำรวจความต้องการของชุมชน หาพื้นที่ ไปจนถึงการบริหารศูนย์ให้ยั่งยืน", "From surveying what the community needs and finding a space to running the centre for the long term"),
            new("""
                ## เริ่มจากความต้องการของชุมชน
                ก่อนจัดตั้งศูนย์ ให้สำรวจว่าคนในชุมชน **อยากเรียนอะไร** และมีเวลาว่างช่วงไหน

                1. ตั้งคณะทำงานจากผู้นำชุมชน โรงเรียน และ อสม.
                2. สำรวจพื้นที่ที่มีอยู่แล้ว เช่น ศาลาวัด ห้องสมุดโรงเรียน
                3. วางแผนกิจกรรมรายเดือนและผู้รับผิดชอบ

                ## การบริหารให้ยั่งยืน
                ใช้อาสาสมัครและภาคีในท้องถิ่น บันทึกจำนวนผู้เข้าร่วมทุกครั้งเพื่อใช้ประเมินผล
                """),
            ResourceType.Toolkit, Audience.CityLeaders | Audience.Educators, ["city-governance", "citizenship"]),
        new(new("การแปรรูปปลาน้ำจืดเพื่อเพิ่มรายได้", "Processing freshwater fish for extra income"),
            new("สูตรปลาร้า ปลาส้ม และปลาแดดเดียว พร้อมหลักสุขอนามัยและการตั้งราคา", "Recipes for fermented and sun-dried fish, with food hygiene and pricing"),
            new("""
                ## ปลาส้ม
                ใช้ปลาตะเพียนหรือปลานิลสด ล้างให้สะอาด คลุกเกลือ ข้าวเหนียวนึ่ง และกระเทียม หมักไว้ 3 วัน

                ## หลักสุขอนามัย
                - ล้างมือและอุปกรณ์ทุกครั้ง
                - เก็บในภาชนะปิดสนิท

                ## การตั้งราคาและช่องทางขาย
                คำนวณต้นทุนวัตถุดิบและแรงงาน แล้วลองขายผ่านตลาดชุมชนและออนไลน์
                """),
            ResourceType.CourseMaterial, Audience.WorkingAge | Audience.OlderPersons, ["livelihoods"]),
        new(new("ทักษะดิจิทัลสำหรับผู้สูงอายุ", "Digital skills for older persons"),
            new("บทเรียนสั้น ๆ ใช้สมาร์ตโฟน วิดีโอคอลกับลูกหลาน และรู้ทันข่าวปลอม", "Short lessons: using a smartphone, video calls with family and spotting fake news"),
            new("""
                ## บทที่ 1 รู้จักสมาร์ตโฟน
                ปุ่มเปิดปิด การปรับขนาดตัวอักษร และการตั้งค่าเสียง

                ## บทที่ 2 วิดีโอคอล
                เพิ่มเพื่อน กดโทร และวางสาย

                ## บทที่ 3 รู้ทันข่าวปลอม
                ตรวจสอบแหล่งที่มาก่อนแชร์ทุกครั้ง
                """),
            ResourceType.LessonPlan, Audience.OlderPersons, ["digital-skills", "ageing"]),
        new(new("นิทานพื้นบ้านล้านนาสำหรับเด็กปฐมวัย"),
            new("ชุดนิทานพร้อมกิจกรรมเล่านิทานสำหรับพ่อแม่และครูปฐมวัย"),
            new("เล่านิทานวันละเรื่องก่อนนอน แล้วชวนเด็กวาดภาพตัวละครที่ชอบ"),
            ResourceType.Article, Audience.EarlyChildhood | Audience.Educators, ["early-childhood", "culture-heritage", "literacy"]),
        new(new("ชุดข้อมูลพื้นที่การเรียนรู้ในเมือง", "Dataset of learning spaces in the city"),
            new("ตำแหน่งห้องสมุด พิพิธภัณฑ์ และลานกิจกรรม ในรูปแบบ CSV", "Locations of libraries, museums and activity grounds as CSV"),
            new("ข้อมูลปรับปรุงทุกไตรมาส ใช้ได้ตามสัญญาอนุญาต CC BY 4.0", "Updated every quarter; reusable under CC BY 4.0"),
            ResourceType.Dataset, Audience.CityLeaders, ["city-governance"], Language: "mul", Link: "https://data.example.go.th/learning-spaces"),
        new(new("คัดแยกขยะที่ต้นทางในชุมชน", "Sorting waste at source in the community"),
            new("วิดีโอสาธิตการแยกขยะ 4 ประเภท และการทำปุ๋ยหมักจากเศษอาหาร", "A video on sorting four kinds of waste and composting food scraps"),
            new("ดูวิดีโอแล้วลองทำตารางบันทึกปริมาณขยะของบ้านตัวเองหนึ่งสัปดาห์"),
            ResourceType.Video, Audience.Children | Audience.Youth | Audience.WorkingAge, ["environment"], Link: "https://video.example.org/waste-sorting"),
        new(new("ภาษาอังกฤษเพื่องานบริการท่องเที่ยว", "English for tourism services"),
            new("บทสนทนาที่ใช้บ่อยในร้านอาหาร โรงแรม และการบอกทาง", "Everyday dialogues for restaurants, hotels and giving directions"),
            new("""
                ## Greeting guests
                *Good morning! How can I help you?* — สวัสดีตอนเช้าค่ะ มีอะไรให้ช่วยไหมคะ
                """),
            ResourceType.CourseMaterial, Audience.Youth | Audience.WorkingAge, ["languages", "livelihoods"], Language: "mul"),
        new(new("รายงานวิจัย: การเรียนรู้ตลอดชีวิตของผู้สูงอายุในเขตเมือง", "Research report: lifelong learning of older persons in urban areas"),
            new("ผลสำรวจผู้สูงอายุ 1,200 คน ใน 5 เมือง เรื่องรูปแบบการเรียนรู้ที่ต้องการ", "A survey of 1,200 older persons in five cities on how they want to learn"),
            new("ผู้สูงอายุร้อยละ 68 ต้องการเรียนรู้ใกล้บ้าน และร้อยละ 45 สนใจทักษะดิจิทัล"),
            ResourceType.ResearchReport, Audience.CityLeaders | Audience.Educators, ["ageing", "city-governance"], Licence: "CC-BY-NC-4.0"),
        new(new("แผนการสอนวิทยาศาสตร์จากของใกล้ตัว"),
            new("การทดลองง่าย ๆ ด้วยอุปกรณ์ในครัว สำหรับเด็กประถม"),
            new("ทดลองภูเขาไฟจากเบกกิ้งโซดาและน้ำส้มสายชู แล้วชวนเด็กตั้งคำถามว่าเกิดอะไรขึ้น"),
            ResourceType.LessonPlan, Audience.Children | Audience.Educators, ["science-technology"], Licence: "CC-BY-SA-4.0"),
        new(new("แนวทางนโยบายเมืองแห่งการเรียนรู้สำหรับองค์กรปกครองส่วนท้องถิ่น", "Learning city policy guidelines for local governments"),
            new("กรอบนโยบาย ตัวชี้วัด และตัวอย่างข้อบัญญัติ", "A policy framework, indicators and sample local ordinances"),
            new("เอกสารนี้สรุปแนวทางของ UNESCO Global Network of Learning Cities สำหรับบริบทไทย"),
            ResourceType.PolicyDocument, Audience.CityLeaders, ["city-governance", "citizenship"], Licence: "CC0-1.0"),
        new(new("สมุนไพรไทยใกล้บ้านเพื่อสุขภาพ"),
            new("รู้จักสมุนไพร 10 ชนิดที่ปลูกได้เองและวิธีใช้อย่างปลอดภัย"),
            new("ฟ้าทะลายโจร ขมิ้นชัน ตะไคร้ และอื่น ๆ พร้อมข้อควรระวัง"),
            ResourceType.Article, Audience.WorkingAge | Audience.OlderPersons, ["health", "culture-heritage"], Licence: "all-rights-reserved"),
        new(new("ร่าง: คู่มืออาสาสมัครห้องสมุดเคลื่อนที่"),
            new("ฉบับร่างที่ยังไม่เผยแพร่"),
            new("เนื้อหาอยู่ระหว่างจัดทำ"),
            ResourceType.Toolkit, Audience.Youth, ["literacy"], Draft: true),
    ];
}
