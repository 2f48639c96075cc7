using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Resources.Library;

/// <summary>A check whose message is a string key, localized in Razor Pages and in the API alike.</summary>
public abstract class ResourceCheckAttribute : ValidationAttribute
{
    protected ResourceCheckAttribute(string messageKey) => ErrorMessage = messageKey;

    public abstract override bool IsValid(object? value);

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (IsValid(value)) return ValidationResult.Success;
        var l = context.GetService(typeof(JsonStringLocalizer)) as JsonStringLocalizer;
        var message = l is null ? FormatErrorMessage(context.DisplayName) : l[ErrorMessage!, context.DisplayName].Value;
        return new ValidationResult(message, context.MemberName is { } member ? [member] : null);
    }

    protected static bool Blank(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);
}

/// <summary>An absolute http:// or https:// address (never javascript:, data: or file:).</summary>
public sealed class HttpAddressAttribute() : ResourceCheckAttribute("Validation.Url")
{
    public override bool IsValid(object? value) =>
        Blank(value) || value is string s && Uri.TryCreate(s.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

public sealed class KnownLicenceAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => Blank(value) || value is string s && ResourceChoices.Licences.Contains(s.Trim());
}

public sealed class KnownLanguageAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => Blank(value) || value is string s && ResourceChoices.Languages.Contains(s.Trim());
}

public sealed class KnownResourceTypeAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => Blank(value) || value is string s && ResourceChoices.ParseType(s) is not null;
}

public sealed class KnownAudiencesAttribute() : ResourceCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) =>
        value is null || value is IEnumerable<string> list && list.All(a => ResourceChoices.ParseAudience(a) is not null);
}
