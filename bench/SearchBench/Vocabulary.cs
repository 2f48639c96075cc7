namespace SearchBench;

/// <summary>
/// A reproducible Thai/English vocabulary of several thousand words: a few hundred common Thai words
/// (the kind found in learning-city content: places, activities, subjects, people), the compounds they form
/// pairwise (ห้อง + สมุด → ห้องสมุด, the way Thai builds most nouns), and common English words.
/// Words are drawn with a Zipf-like distribution, so a few are everywhere and most are rare, as in real text.
/// </summary>
internal sealed class Vocabulary
{
    public static readonly string[] ThaiBase =
    [
        // places and institutions
        "ห้อง", "สมุด", "โรงเรียน", "วัด", "บ้าน", "เมือง", "ตลาด", "สวน", "ชุมชน", "หมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด",
        "ศูนย์", "พิพิธภัณฑ์", "มหาวิทยาลัย", "วิทยาลัย", "สถาบัน", "โรงพยาบาล", "สถานี", "ท่าเรือ", "สนาม", "ลาน", "อาคาร",
        "ห้องสมุด", "เทศบาล", "องค์การ", "บริหาร", "ส่วน", "ท้องถิ่น", "ประชาชน", "สาธารณะ", "แหล่ง", "เรียนรู้",
        // nature and farming
        "ป่า", "ภูเขา", "แม่น้ำ", "ทะเล", "ชายหาด", "เกาะ", "น้ำตก", "ทุ่ง", "นา", "ไร่", "ข้าว", "ผัก", "ผลไม้", "ดอกไม้", "ต้นไม้",
        "ปลา", "ไก่", "วัว", "ควาย", "ช้าง", "นก", "ผึ้ง", "เห็ด", "สมุนไพร", "ดิน", "น้ำ", "ฝน", "ลม", "แดด", "อากาศ",
        "ปุ๋ย", "เกษตร", "อินทรีย์", "ชลประทาน", "ประมง", "ปศุสัตว์", "ยางพารา", "มันสำปะหลัง", "อ้อย", "ข้าวโพด", "กาแฟ", "ชา",
        // culture and arts
        "วัฒนธรรม", "ประเพณี", "ศิลปะ", "ดนตรี", "เพลง", "การแสดง", "ละคร", "รำ", "หัตถกรรม", "ผ้า", "ทอ", "ไหม", "ฝ้าย",
        "จักสาน", "เครื่องปั้นดินเผา", "ภาพ", "วาด", "ถ่ายภาพ", "ภาษา", "วรรณกรรม", "ประวัติศาสตร์", "โบราณ", "ภูมิปัญญา",
        "อาหาร", "ขนม", "ครัว", "สูตร", "ทำ", "ปรุง", "อร่อย", "พื้นบ้าน", "เทศกาล", "งาน", "บุญ", "สงกรานต์", "ลอยกระทง",
        // learning and skills
        "เรียน", "สอน", "ครู", "นักเรียน", "นักศึกษา", "ผู้เรียน", "หลักสูตร", "วิชา", "บทเรียน", "ทักษะ", "ความรู้", "การศึกษา",
        "อบรม", "สัมมนา", "ประชุม", "กิจกรรม", "โครงการ", "แผน", "พัฒนา", "ส่งเสริม", "สนับสนุน", "ฝึก", "ปฏิบัติ", "ทดลอง",
        "วิทยาศาสตร์", "คณิตศาสตร์", "เทคโนโลยี", "คอมพิวเตอร์", "ดิจิทัล", "ออนไลน์", "อินเทอร์เน็ต", "ข้อมูล", "โปรแกรม",
        "หุ่นยนต์", "พลังงาน", "ไฟฟ้า", "แสงอาทิตย์", "สิ่งแวดล้อม", "ขยะ", "รีไซเคิล", "มลพิษ", "ภูมิอากาศ", "ยั่งยืน",
        "สุขภาพ", "ออกกำลังกาย", "กีฬา", "ฟุตบอล", "วิ่ง", "ว่ายน้ำ", "โยคะ", "อาหารเสริม", "โภชนาการ", "การแพทย์", "แผนไทย",
        "นวด", "ยา", "ปฐมพยาบาล", "ความปลอดภัย", "จราจร", "ถนน", "จักรยาน", "รถไฟ", "เดินทาง", "ท่องเที่ยว", "โรงแรม", "ที่พัก",
        // people and society
        "เด็ก", "เยาวชน", "ผู้ใหญ่", "ผู้สูงอายุ", "ครอบครัว", "แม่", "พ่อ", "ลูก", "ผู้หญิง", "ผู้ชาย", "คนพิการ", "อาสาสมัคร",
        "ผู้นำ", "ชาวบ้าน", "เกษตรกร", "ช่าง", "แรงงาน", "ผู้ประกอบการ", "ธุรกิจ", "วิสาหกิจ", "สหกรณ์", "กลุ่ม", "เครือข่าย",
        "เศรษฐกิจ", "การเงิน", "บัญชี", "ออม", "ตลาดนัด", "สินค้า", "ผลิตภัณฑ์", "บริการ", "อาชีพ", "รายได้", "ทุน", "กองทุน",
        "สิทธิ", "กฎหมาย", "ประชาธิปไตย", "พลเมือง", "จิตอาสา", "คุณธรรม", "จริยธรรม", "ศาสนา", "พระ", "สมาธิ", "ธรรมะ",
        // qualities and actions
        "ใหม่", "เก่า", "ใหญ่", "เล็ก", "ดี", "สวย", "สะอาด", "เขียว", "สร้างสรรค์", "ยาว", "สั้น", "ฟรี", "เปิด", "ปิด", "เช้า",
        "เย็น", "กลางคืน", "วันหยุด", "สัปดาห์", "เดือน", "ปี", "ครั้ง", "รอบ", "ค่าย", "ทัศนศึกษา", "นิทรรศการ", "แข่งขัน",
        "ประกวด", "รางวัล", "ทุนการศึกษา", "สมัคร", "ลงทะเบียน", "ร่วม", "แบ่งปัน", "ช่วยเหลือ", "ดูแล", "รักษา", "อนุรักษ์",
        "ฟื้นฟู", "สร้าง", "ปลูก", "เก็บ", "ขาย", "ซื้อ", "แลกเปลี่ยน", "อ่าน", "เขียน", "ฟัง", "พูด", "คิด", "เล่น", "เล่า", "นิทาน",
        "หนังสือ", "ภาษาอังกฤษ", "ภาษาจีน", "ภาษาไทย", "อักษร", "ตัวเลข", "แผนที่", "ดาว", "ท้องฟ้า", "จักรวาล", "ธรรมชาติ",
        "สัตว์", "พืช", "แมลง", "ผีเสื้อ", "ทราย", "หิน", "ถ้ำ", "หาด", "คลอง", "บึง", "ทะเลสาบ", "ชนบท", "เกาะกลาง", "ริมน้ำ",
    ];

    public static readonly string[] English =
    [
        "library", "school", "temple", "museum", "market", "garden", "community", "village", "city", "center", "park", "river",
        "forest", "mountain", "beach", "island", "farm", "rice", "fish", "food", "cooking", "craft", "weaving", "silk", "music",
        "dance", "art", "painting", "photography", "history", "heritage", "culture", "festival", "language", "english", "reading",
        "writing", "science", "math", "coding", "computer", "digital", "online", "robot", "energy", "solar", "environment",
        "recycling", "waste", "climate", "health", "fitness", "sport", "football", "running", "yoga", "nutrition", "medicine",
        "massage", "herbs", "safety", "cycling", "travel", "tourism", "children", "youth", "elderly", "family", "women",
        "volunteer", "farmers", "business", "enterprise", "cooperative", "network", "finance", "savings", "career", "skills",
        "workshop", "course", "training", "seminar", "learning", "teaching", "camp", "exhibition", "competition", "scholarship",
        "funding", "free", "weekend", "evening", "morning", "new", "green", "creative", "sustainable", "local", "public",
        "organic", "coffee", "tea", "bamboo", "pottery", "storytelling", "stars", "nature", "insects", "butterflies", "birds",
        "elephants", "wetlands", "canal", "lake", "cave", "startup", "makers", "citizens", "democracy", "meditation", "buddhism",
        "mindfulness", "first aid", "traffic", "bicycle", "railway", "hotel", "homestay", "handicraft", "textiles", "mushrooms",
    ];

    private readonly string[] _thai;
    private readonly double[] _thaiCumulative;
    private readonly double[] _englishCumulative;

    public Vocabulary(int compounds = 6000, int seed = 20261124)
    {
        var random = new Random(seed);
        var words = new List<string>(ThaiBase.Distinct());
        var seen = words.ToHashSet(StringComparer.Ordinal);
        while (words.Count < ThaiBase.Length + compounds)
        {
            var word = ThaiBase[random.Next(ThaiBase.Length)] + ThaiBase[random.Next(ThaiBase.Length)];
            if (seen.Add(word)) words.Add(word);
        }
        // Interleave base words and compounds, so the most frequent ranks hold both kinds.
        _thai = [.. words.OrderBy(_ => random.Next())];
        _thaiCumulative = ZipfCumulative(_thai.Length);
        _englishCumulative = ZipfCumulative(English.Length);
    }

    public int ThaiCount => _thai.Length;
    public IReadOnlyList<string> Thai => _thai;

    /// <summary>The word of this frequency rank (0 = most frequent).</summary>
    public string ThaiAt(int rank) => _thai[rank];

    public string NextThai(Random random) => _thai[Pick(_thaiCumulative, random)];
    public string NextEnglish(Random random) => English[Pick(_englishCumulative, random)];

    private static int Pick(double[] cumulative, Random random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(cumulative.Length - 1, i < 0 ? ~i : i);
    }

    private static double[] ZipfCumulative(int n)
    {
        var weights = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++) sum += weights[i] = 1.0 / Math.Pow(i + 1, 0.9);
        var running = 0.0;
        for (var i = 0; i < n; i++) weights[i] = running += weights[i] / sum;
        return weights;
    }
}
