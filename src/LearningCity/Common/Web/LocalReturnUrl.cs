namespace LearningCity.Common.Web;

/// <summary>
/// Where to send someone back to after a language switch or a log-in: only a path on this site. Browsers drop tabs and line
/// breaks from a URL and read a backslash as a slash, so "/\t/evil.example" or "/\evil.example" would leave the site; those,
/// "//host", absolute URLs and anything with a control character or a backslash become "/".
/// </summary>
public static class LocalReturnUrl
{
    private const int MaxLength = 2048;

    public static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= MaxLength && url[0] == '/'
        && (url.Length == 1 || url[1] != '/')
        && !url.Any(c => c == '\\' || char.IsControl(c));

    public static string OrHome(string? url) => IsSafe(url) ? url! : "/";
}
