using System.Globalization;
using QRCoder;

namespace LearningCity.Modules.Identity.Account.TwoFactor;

/// <summary>What an authenticator app needs: the shared key, readable in groups, and the otpauth:// QR code.</summary>
internal static class AuthenticatorQr
{
    public const string Issuer = "Thailand Learning City";

    public static string FormatKey(string key)
    {
        var groups = key.ToLowerInvariant().Chunk(4).Select(c => new string(c));
        return string.Join(' ', groups);
    }

    public static string Uri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>A PNG as a data: URI (the content security policy allows data: images, not inline styles).</summary>
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
