using System.Security.Cryptography;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Seed;

/// <summary>
/// First-run demo accounts (Seed:Demo): a coordinator of the demo Chiang Mai city and a learner, so a
/// newcomer can try editing a city. Their passwords are generated on this machine, written once to
/// data/demo-accounts.txt and the log; no password is part of the code. No demo administrator exists:
/// administrators are created with the `admin create` command.
/// </summary>
internal sealed class DemoAccountSeeder(IConfiguration config, IWebHostEnvironment env, TimeProvider time, ILogger<DemoAccountSeeder> log) : IStartupSeeder
{
    public const string Domain = "demo.learningcity.local";
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true) || !config.GetValue("Seed:DemoAccounts", true)) return;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync(u => u.Email!.EndsWith("@" + Domain), ct)) return;
        var chiangMai = await db.Cities.Where(c => c.IsDemo && c.ProvinceCode == "TH-50").Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);

        var lines = new List<string> { "# Demo accounts of this installation (generated at first run; delete this file after noting them)" };
        var coordinator = await CreateAsync(users, $"coordinator.chiangmai@{Domain}", "ผู้ประสานงานเชียงใหม่ (ตัวอย่าง)", [Roles.Coordinator, Roles.Learner], lines);
        if (coordinator is not null && chiangMai is { } cityId)
        {
            db.CityScopes.Add(new CityScope { UserId = coordinator.Id, CityId = cityId, GrantedAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        await CreateAsync(users, $"learner@{Domain}", "ผู้เรียน (ตัวอย่าง)", [Roles.Learner], lines);
        await CreateAsync(users, $"reviewer@{Domain}", "ผู้ตรวจสอบสำนักเลขาธิการ (ตัวอย่าง)", [Roles.Reviewer], lines);
        await CreateAsync(users, $"researcher@{Domain}", "นักวิจัย (ตัวอย่าง)", [Roles.Researcher], lines);
        await CreateAsync(users, $"judge1@{Domain}", "กรรมการตัดสินรางวัล ๑ (ตัวอย่าง)", [Roles.Judge], lines);
        await CreateAsync(users, $"judge2@{Domain}", "กรรมการตัดสินรางวัล ๒ (ตัวอย่าง)", [Roles.Judge], lines);

        var file = config["Seed:DemoAccountsFile"] ?? "data/demo-accounts.txt";
        var path = Path.IsPathRooted(file) ? file : Path.Combine(env.ContentRootPath, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllLinesAsync(path, lines, ct);
        log.LogInformation("Demo accounts created; their passwords are in {Path}", path);
    }

    private async Task<AppUser?> CreateAsync(UserManager<AppUser> users, string email, string name, string[] roles, List<string> lines)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
            PreferredLanguage = "th", ProvinceCode = "TH-50", CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) return null;
        await users.AddToRolesAsync(user, roles);
        lines.Add($"{email}\t{password}\t{string.Join(",", roles)}");
        return user;
    }
}
