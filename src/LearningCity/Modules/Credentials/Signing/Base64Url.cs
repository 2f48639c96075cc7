namespace LearningCity.Modules.Credentials.Signing;

internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[]? TryDecode(string text)
    {
        if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))) return null;
        var s = text.Replace('-', '+').Replace('_', '/');
        s = (s.Length % 4) switch { 2 => s + "==", 3 => s + "=", 0 => s, _ => "" };
        if (s.Length == 0 && text.Length != 0) return null;
        byte[] bytes;
        try { bytes = Convert.FromBase64String(s); }
        catch (FormatException) { return null; }
        // Unused low bits in the last character would let two texts decode alike; only the canonical one counts.
        return Encode(bytes) == text ? bytes : null;
    }
}
