using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;

namespace LearningCity.Common.Validation;

/// <summary>
/// A check whose message is a string key, localized both in Razor Pages (which have no adapter for custom
/// attributes) and in the API (RequestValidation formats the key itself).
/// </summary>
public abstract class LocalizedCheckAttribute : ValidationAttribute
{
    protected LocalizedCheckAttribute(string messageKey) => ErrorMessage = messageKey;

    public abstract override bool IsValid(object? value);

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (IsValid(value)) return ValidationResult.Success;
        var l = context.GetService(typeof(JsonStringLocalizer)) as JsonStringLocalizer;
        var message = l is null ? FormatErrorMessage(context.DisplayName) : l[ErrorMessage!, context.DisplayName].Value;
        return new ValidationResult(message, context.MemberName is { } member ? [member] : null);
    }
}

/// <summary>An absolute http:// or https:// address (never javascript: or data:).</summary>
public sealed class WebAddressAttribute() : LocalizedCheckAttribute("Validation.Url")
{
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 } ||
        value is string s && Uri.TryCreate(s.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
