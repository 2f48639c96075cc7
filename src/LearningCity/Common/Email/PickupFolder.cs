using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningCity.Common.Email;

/// <summary>
/// The folder where e-mail is written as .eml files when no SMTP host is configured. It holds copies of what was
/// sent, so forgetting a person (PDPA) also removes the messages addressed to them.
/// </summary>
public sealed class PickupFolder(IOptions<EmailOptions> options, IWebHostEnvironment env)
{
    public string Path => Resolve(options.Value, env);

    public static string Resolve(EmailOptions options, IWebHostEnvironment env) =>
        System.IO.Path.IsPathRooted(options.PickupDirectory) ? options.PickupDirectory : System.IO.Path.Combine(env.ContentRootPath, options.PickupDirectory);

    /// <summary>The subject and date of each message addressed to the address (To, Cc or Bcc).</summary>
    public IReadOnlyList<(string Subject, DateTimeOffset Date)> MessagesTo(string address) =>
        FilesTo(address).Select(f => (f.Headers.Subject ?? "", f.Headers.Date)).ToList();

    /// <summary>Deletes every message addressed to the address; answers how many.</summary>
    public int DeleteMessagesTo(string address)
    {
        var deleted = 0;
        foreach (var (file, _) in FilesTo(address))
        {
            File.Delete(file);
            deleted++;
        }
        return deleted;
    }

    private IEnumerable<(string File, MimeMessage Headers)> FilesTo(string address)
    {
        if (string.IsNullOrWhiteSpace(address) || !Directory.Exists(Path)) yield break;
        foreach (var file in Directory.EnumerateFiles(Path, "*.eml"))
        {
            MimeMessage message;
            try
            {
                message = MimeMessage.Load(file);
            }
            catch (Exception ex) when (ex is IOException or FormatException)
            {
                continue; // deleted meanwhile, or not a message
            }
            using (message)
            {
                if (message.GetRecipients().Any(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase)))
                    yield return (file, message);
            }
        }
    }
}
