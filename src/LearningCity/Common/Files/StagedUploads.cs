using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LearningCity.Common.Files;

/// <summary>A file kept between two steps of a form (an import's dry run, then the import), and who sent it.</summary>
public sealed record StagedUpload(string Token, string FileName, byte[] Content);

/// <summary>
/// Keeps an uploaded file for a short while under a random token, in the file store every node can read, so that a
/// two-step form (check, then commit) does not ask for the file again: a browser never re-sends a file input's file.
/// Only the person who sent the file can read it back, and only until it expires.
/// </summary>
public sealed class StagedUploads(IOptions<FileStoreOptions> options, IWebHostEnvironment env, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private sealed record Ticket(string Owner, string FileName, DateTime CreatedAt);

    private string Dir => Path.Combine(
        Path.IsPathRooted(options.Value.Root) ? options.Value.Root : Path.Combine(env.ContentRootPath, options.Value.Root), "staged");

    public async Task<string> StageAsync(byte[] content, string fileName, string owner, CancellationToken ct)
    {
        Directory.CreateDirectory(Dir);
        RemoveExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(ContentPath(token), content, ct);
        var ticket = new Ticket(owner, Path.GetFileName(fileName), time.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(TicketPath(token), JsonSerializer.Serialize(ticket), ct);
        return token;
    }

    /// <summary>The staged file, or null when the token is unknown, malformed, expired or someone else's.</summary>
    public async Task<StagedUpload?> FindAsync(string? token, string owner, CancellationToken ct)
    {
        if (!IsWellFormed(token) || !File.Exists(TicketPath(token!)) || !File.Exists(ContentPath(token!))) return null;
        var ticket = JsonSerializer.Deserialize<Ticket>(await File.ReadAllTextAsync(TicketPath(token!), ct));
        if (ticket is null || ticket.Owner != owner || Expired(ticket)) return null;
        return new StagedUpload(token!, ticket.FileName, await File.ReadAllBytesAsync(ContentPath(token!), ct));
    }

    public void Discard(string? token)
    {
        if (!IsWellFormed(token)) return;
        File.Delete(ContentPath(token!));
        File.Delete(TicketPath(token!));
    }

    private bool Expired(Ticket ticket) => time.GetUtcNow().UtcDateTime - ticket.CreatedAt > Lifetime;

    private void RemoveExpired()
    {
        foreach (var path in Directory.EnumerateFiles(Dir, "*.json"))
        {
            try
            {
                var ticket = JsonSerializer.Deserialize<Ticket>(File.ReadAllText(path));
                if (ticket is null || Expired(ticket)) Discard(Path.GetFileNameWithoutExtension(path));
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                // Another node may be removing it at the same moment, or it is half-written: leave it for next time.
            }
        }
    }

    private static bool IsWellFormed(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);
    private string ContentPath(string token) => Path.Combine(Dir, token + ".bin");
    private string TicketPath(string token) => Path.Combine(Dir, token + ".json");
}
