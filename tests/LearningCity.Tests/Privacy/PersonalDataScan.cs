using System.Data.Common;
using System.Text.Json;
using LearningCity.Common.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LearningCity.Tests.Privacy;

/// <summary>What identifies a person, in every form the platform may store it.</summary>
internal sealed record PersonTraces(Guid Id, string Email, string DisplayName)
{
    /// <summary>Lower-cased texts to look for: the id (with and without dashes), the e-mail and the name, plain and JSON-escaped.</summary>
    public IReadOnlyList<string> Needles
    {
        get
        {
            string[] plain = [Id.ToString("D"), Id.ToString("N"), Email, DisplayName];
            return plain.Concat(plain.Select(s => JsonSerializer.Serialize(s)[1..^1])).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        }
    }
}

/// <summary>Looks for a person's traces in the database, column by column, and in the e-mail pickup folder.</summary>
internal static class PersonalDataScan
{
    /// <summary>"table.column" of every Guid column equal to the id and every text column containing a needle.</summary>
    public static async Task<List<string>> FindAsync(AppDbContext db, IEnumerable<ModelColumn> columns, PersonTraces person)
    {
        var postgres = TestDatabase.IsPostgres;
        var found = new List<string>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var c in columns)
            {
                var (table, column) = ($"\"{c.Table}\"", $"\"{c.Column}\"");
                if (c.IsGuid && await CountAsync(connection, $"SELECT COUNT(*) FROM {table} WHERE LOWER(CAST({column} AS TEXT)) = @p", person.Id.ToString("D")) > 0)
                    found.Add($"{c.Key} = id");
                if (!c.IsText) continue;
                var contains = postgres ? $"strpos(LOWER({column}), @p) > 0" : $"instr(LOWER({column}), @p) > 0";
                foreach (var needle in person.Needles)
                    if (await CountAsync(connection, $"SELECT COUNT(*) FROM {table} WHERE {contains}", needle) > 0)
                        found.Add($"{c.Key} ∋ {needle}");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return found;
    }

    /// <summary>The .eml files addressed to the person or mentioning their address or name.</summary>
    public static List<string> FindInMail(Mailbox mailbox, PersonTraces person) =>
        mailbox.All().Where(m => Mentions(m, person)).Select(m => $"{m.Subject} → {string.Join(", ", m.To.Mailboxes.Select(a => a.Address))}").ToList();

    private static bool Mentions(MimeMessage m, PersonTraces person)
    {
        var text = string.Join("\n", m.GetRecipients().Select(a => a.ToString()), m.Subject, m.TextBody, m.HtmlBody);
        return m.GetRecipients().Any(a => a.Address.Equals(person.Email, StringComparison.OrdinalIgnoreCase))
            || text.Contains(person.Email, StringComparison.OrdinalIgnoreCase) || text.Contains(person.DisplayName, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<long> CountAsync(DbConnection connection, string sql, string value)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
