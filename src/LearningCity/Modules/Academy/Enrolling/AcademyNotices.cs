using LearningCity.Common.Localization;

namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>What the Academy tells a learner, in both languages (the notification centre picks the reader's).</summary>
internal static class AcademyNotices
{
    public static (BilingualText Title, BilingualText Body) Enrolled(BilingualText course, bool waitlisted) => waitlisted
        ? (new($"อยู่ในรายชื่อรอ: {course.Th}", $"On the waitlist: {course.Current}"),
           new("รุ่นนี้เต็มแล้ว คุณอยู่ในรายชื่อรอ และจะได้รับแจ้งเมื่อมีที่ว่าง", "This cohort is full: you are on its waitlist and will be told when a place frees up."))
        : (new($"ลงทะเบียนเรียนแล้ว: {course.Th}", $"Enrolled: {course.Current}"),
           new("เริ่มเรียนได้ทันทีที่หน้าหลักสูตร ความก้าวหน้าของคุณบันทึกไว้ทุกบทเรียน", "You can start at once on the course page; your progress is kept lesson by lesson."));

    public static (BilingualText Title, BilingualText Body) Promoted(BilingualText course, BilingualText cohort) =>
        (new($"ได้ที่นั่งแล้ว: {course.Th}", $"You have a place: {course.Current}"),
         new($"มีผู้สละที่นั่งในรุ่น {cohort.Th} คุณได้เลื่อนจากรายชื่อรอ เริ่มเรียนได้เลย",
             $"Someone left the cohort {cohort.Current}: you moved up from the waitlist and can start now."));

    public static (BilingualText Title, BilingualText Body) Completed(BilingualText course, decimal hours)
    {
        var h = hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return (new($"เรียนจบแล้ว: {course.Th}", $"Course completed: {course.Current}"),
            new($"ยินดีด้วย ใบรับรองของคุณพร้อมตรวจสอบแล้ว และ {h} ชั่วโมงเข้าสู่สมุดสะสมการเรียนรู้ของคุณ",
                $"Congratulations: your certificate is ready to verify, and {h} hours are in your learning passport."));
    }
}
