using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Seed;

/// <summary>The starting topic taxonomy (reference data, added when missing; admins may extend it).</summary>
internal sealed class TopicSeeder : IStartupSeeder
{
    public int Order => 15;

    private static readonly (string Slug, string Th, string En)[] Topics =
    [
        ("literacy", "การอ่านออกเขียนได้", "Literacy"),
        ("digital-skills", "ทักษะดิจิทัล", "Digital skills"),
        ("health", "สุขภาพและสุขภาวะ", "Health and well-being"),
        ("environment", "สิ่งแวดล้อมและความยั่งยืน", "Environment and sustainability"),
        ("culture-heritage", "ศิลปวัฒนธรรมและภูมิปัญญาท้องถิ่น", "Culture, heritage and local wisdom"),
        ("livelihoods", "อาชีพและทักษะการทำงาน", "Livelihoods and work skills"),
        ("citizenship", "พลเมืองและการมีส่วนร่วม", "Citizenship and participation"),
        ("early-childhood", "การพัฒนาเด็กปฐมวัย", "Early childhood development"),
        ("ageing", "สังคมสูงวัย", "Active ageing"),
        ("languages", "ภาษา", "Languages"),
        ("science-technology", "วิทยาศาสตร์และเทคโนโลยี", "Science and technology"),
        ("city-governance", "การบริหารเมืองแห่งการเรียนรู้", "Learning city governance"),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var existing = await db.Topics.Select(t => t.Slug).ToListAsync(ct);
        var order = 0;
        foreach (var (slug, th, en) in Topics)
        {
            order++;
            if (existing.Contains(slug)) continue;
            db.Topics.Add(new Topic { Slug = slug, Name = new BilingualText(th, en), SortOrder = order });
        }
        await db.SaveChangesAsync(ct);
    }
}
