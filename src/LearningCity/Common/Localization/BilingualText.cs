using System.Globalization;

namespace LearningCity.Common.Localization;

/// <summary>Text that people type in two languages: Thai is required, English falls back to Thai.</summary>
public sealed class BilingualText
{
    public string Th { get; set; } = "";
    public string? En { get; set; }

    public BilingualText() { }

    public BilingualText(string th, string? en = null)
    {
        Th = th;
        En = en;
    }

    public string Current => For(CultureInfo.CurrentUICulture);

    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En : Th;

    public override string ToString() => Current;

    public static BilingualText? From(string? th, string? en) =>
        string.IsNullOrWhiteSpace(th) ? null : new BilingualText(th.Trim(), string.IsNullOrWhiteSpace(en) ? null : en.Trim());
}
