using MimeKit;

namespace LearningCity.Tests.Infrastructure;

/// <summary>Reads the e-mail the application really produced (the .eml files of its pickup folder).</summary>
public sealed class Mailbox(string directory)
{
    public IReadOnlyList<MimeMessage> All()
    {
        if (!Directory.Exists(directory)) return [];
        return Directory.GetFiles(directory, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
    }

    /// <summary>Waits (up to 15 s) for a message to the address; the outbox is sent in the background.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null)
    {
        for (var i = 0; i < 150; i++)
        {
            var found = All().FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(to, StringComparison.OrdinalIgnoreCase)) && (match is null || match(m)));
            if (found is not null) return found;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"No e-mail to {to} arrived.");
    }

    /// <summary>The first link in the message's text that starts with the given path.</summary>
    public static string LinkIn(MimeMessage message, string pathPrefix)
    {
        var text = message.TextBody ?? message.HtmlBody ?? "";
        var match = System.Text.RegularExpressions.Regex.Match(text, $@"https?://[^\s""<>]*{System.Text.RegularExpressions.Regex.Escape(pathPrefix)}[^\s""<>]*");
        if (!match.Success) throw new Xunit.Sdk.XunitException($"No link to {pathPrefix} in: {text}");
        return System.Net.WebUtility.HtmlDecode(match.Value);
    }
}
