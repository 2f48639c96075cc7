using System.Globalization;
using System.Net;
using LearningCity.Common.Email;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.WebUtilities;

namespace LearningCity.Modules.Identity;

/// <summary>E-mails about an account (confirmation, password reset), written in the user's language.</summary>
public sealed class AccountEmails(EmailOutbox outbox, JsonStringLocalizer l, SiteAddress site)
{
    /// <summary>
    /// An absolute link on the site's own address, with the values made URL-safe. Never built from the request: a
    /// forged Host header would otherwise send a victim's password-reset token to another site.
    /// </summary>
    public string Link(string path, params (string Name, string Value)[] query)
    {
        var pairs = string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"));
        return site.Absolute($"{path}?{pairs}");
    }

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));

    /// <summary>Null when the code was not produced by <see cref="EncodeToken"/>.</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        try
        {
            return System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void Confirmation(AppUser user, string link) =>
        Send(user, "Account.Mail.Confirm.Subject", "Account.Mail.Confirm.Body", "Account.Mail.Confirm.Action", link);

    /// <summary>Someone tried to register with an address that already has an account: tell its owner, not the visitor.</summary>
    public void AlreadyRegistered(AppUser user, string loginLink) =>
        Send(user, "Account.Mail.Exists.Subject", "Account.Mail.Exists.Body", "Account.Mail.Exists.Action", loginLink);

    /// <summary>A link that ends every wait on signing in to the account and lets this browser sign in at once.</summary>
    public void Unlock(AppUser user, string link) =>
        Send(user, "Account.Mail.Unlock.Subject", "Account.Mail.Unlock.Body", "Account.Mail.Unlock.Action", link);

    public void PasswordReset(AppUser user, string link) =>
        Send(user, "Account.Mail.Reset.Subject", "Account.Mail.Reset.Body", "Account.Mail.Reset.Action", link);

    private void Send(AppUser user, string subjectKey, string bodyKey, string actionKey, string link)
    {
        var culture = CultureInfo.GetCultureInfo(Cultures.FromLanguageCode(user.PreferredLanguage));
        var greeting = string.Format(culture, l.Text("Account.Mail.Greeting", culture), user.DisplayName);
        var body = l.Text(bodyKey, culture);
        var action = l.Text(actionKey, culture);
        var ignore = l.Text("Account.Mail.Ignore", culture);
        var site = l.Text("Site.Name", culture);
        var text = $"{greeting}\n\n{body}\n\n{action}:\n{link}\n\n{ignore}\n\n{site}\n";
        var html = $"""
            <p>{Enc(greeting)}</p>
            <p>{Enc(body)}</p>
            <p><a href="{Enc(link)}">{Enc(action)}</a></p>
            <p>{Enc(ignore)}</p>
            <p>{Enc(site)}</p>
            """;
        outbox.Enqueue(user.Email!, $"{l.Text(subjectKey, culture)} · {site}", html, text);
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
