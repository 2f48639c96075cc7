using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Account.Register;

public sealed record NewAccount(string Email, string DisplayName, string Password, string PreferredLanguage, string? ProvinceCode, int? BirthYear);

/// <summary>
/// Creates a Learner account with an unconfirmed address and queues the confirmation e-mail in the same
/// transaction. An address that already has an account gets a notice instead, and the caller cannot tell
/// the difference, so registration does not reveal who is registered.
/// </summary>
public sealed class AccountRegistration(UserManager<AppUser> users, AppDbContext db, AccountEmails emails, TimeProvider time)
{
    /// <summary>Errors as (field, message); empty when the visitor should be told to check their e-mail.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> RegisterAsync(NewAccount input)
    {
        var email = input.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            emails.AlreadyRegistered(existing, emails.Link("/account/login", ("returnUrl", "/account/profile")));
            await db.SaveChangesAsync();
            return [];
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            PreferredLanguage = input.PreferredLanguage,
            ProvinceCode = string.IsNullOrEmpty(input.ProvinceCode) ? null : input.ProvinceCode,
            BirthYear = input.BirthYear,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            // Both the page and the API refuse a registration without consent, so reaching here means it was given.
            TermsAcceptedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, input.Password);
        }
        catch (DbUpdateException)
        {
            // The same address registered a moment ago by a parallel request: answer as for any known address.
            return [];
        }
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Learner);
        if (!result.Succeeded)
            return result.Errors.Select(e => (ProfileRules.FieldOf(e), e.Description)).ToList();

        await SendConfirmationAsync(user);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return [];
    }

    public async Task<IReadOnlyList<string>> PasswordProblemsAsync(string password)
    {
        var problems = new List<string>();
        var probe = new AppUser();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems;
    }

    /// <summary>Queues a fresh confirmation link; the caller saves.</summary>
    public async Task SendConfirmationAsync(AppUser user)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        emails.Confirmation(user, emails.Link("/account/confirm-email",
            ("userId", user.Id.ToString()), ("code", AccountEmails.EncodeToken(token))));
    }
}
