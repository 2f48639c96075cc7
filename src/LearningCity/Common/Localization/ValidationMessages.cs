using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningCity.Common.Localization;

internal static class ValidationMessages
{
    /// <summary>Model-binding messages (a number field given text, a missing value) in the reader's language.</summary>
    public static void Configure(DefaultModelBindingMessageProvider p, JsonStringLocalizer l)
    {
        p.SetValueMustBeANumberAccessor(field => l["Validation.Number", field]);
        p.SetAttemptedValueIsInvalidAccessor((value, field) => l["Validation.Invalid", field]);
        p.SetValueIsInvalidAccessor(value => l["Validation.InvalidValue"]);
        p.SetMissingBindRequiredValueAccessor(field => l["Validation.Required", field]);
        p.SetMissingKeyOrValueAccessor(() => l["Validation.InvalidValue"]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.BodyRequired"]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation.InvalidValue"]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.InvalidValue"]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.NumberPlain"]);
        p.SetUnknownValueIsInvalidAccessor(field => l["Validation.Invalid", field]);
        p.SetValueMustNotBeNullAccessor(field => l["Validation.Required", field]);
    }
}
