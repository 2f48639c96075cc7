using System.Security.Cryptography;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Identity;

/// <summary>
/// `admin create --email you@example.org [--name "..."] [--password-stdin]` creates the first administrator.
/// Without --password-stdin a strong one-time password is generated and printed once; nothing is baked in.
/// The new admin must set up two-factor authentication at first log-in.
/// </summary>
public static class AdminCommand
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "admin" || args[1] != "create") return false;
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("usage: admin create --email you@example.org [--name \"Display name\"] [--password-stdin]");
            Environment.ExitCode = 2;
            return true;
        }

        await app.Services.MigrateAndSeedAsync();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var password = args.Contains("--password-stdin") ? (await Console.In.ReadLineAsync())?.Trim() : GeneratePassword();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password was given on standard input.");
            Environment.ExitCode = 2;
            return true;
        }

        var user = await users.FindByEmailAsync(email);
        IdentityResult result;
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = Option(args, "--name") ?? email,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            result = await users.CreateAsync(user, password);
        }
        else
        {
            result = await users.RemovePasswordAsync(user);
            if (result.Succeeded) result = await users.AddPasswordAsync(user, password);
        }
        if (result.Succeeded && !await users.IsInRoleAsync(user, Roles.Admin))
            result = await users.AddToRolesAsync(user, [Roles.Admin, Roles.Learner]);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            Environment.ExitCode = 1;
            return true;
        }

        Console.WriteLine($"Administrator {email} is ready.");
        if (!args.Contains("--password-stdin"))
            Console.WriteLine($"One-time password (shown only now; change it after logging in): {password}");
        Console.WriteLine("At first log-in you will be asked to set up two-factor authentication.");
        return true;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}
