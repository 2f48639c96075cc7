using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Identity.Privacy;

public enum AccountDeletion { Deleted, WrongPassword, LastAdmin, NotFound }

/// <summary>A person's rights over their data (PDPA): a copy of everything, and deleting the account.</summary>
public sealed class PersonalDataService(AppDbContext db, UserManager<AppUser> users, IEnumerable<IPersonalData> modules, AuditLog audit, TimeProvider time)
{
    public async Task<Dictionary<string, object?>> ExportAsync(Guid userId, CancellationToken ct)
    {
        var export = new Dictionary<string, object?> { ["exportedAt"] = time.GetUtcNow().UtcDateTime };
        foreach (var module in modules.OrderBy(m => m.Section, StringComparer.Ordinal))
            export[module.Section] = await module.ExportAsync(userId, ct);
        return export;
    }

    /// <summary>
    /// Checks the password, lets every module erase or anonymise its rows, records the deletion (without personal data)
    /// and deletes the account, all in one transaction: either the person is forgotten everywhere or nowhere.
    /// </summary>
    public async Task<AccountDeletion> DeleteAsync(Guid userId, string? password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return AccountDeletion.NotFound;
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)) return AccountDeletion.WrongPassword;
        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1) return AccountDeletion.LastAdmin;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var module in modules) await module.EraseAsync(userId, ct);
        // The record that an account was deleted names no account: its id would be a key to the person in copies elsewhere.
        audit.RecordByDeletedAccount("identity.account.delete", "user", DeletedAccount.Marker, new { erasedBy = "owner" });
        await db.SaveChangesAsync(ct);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        await tx.CommitAsync(ct);
        return AccountDeletion.Deleted;
    }
}
