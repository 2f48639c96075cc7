using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningCity.Common.Localization;

/// <summary>
/// Binds DateOnly, DateTime, DateTimeOffset and TimeOnly (and their nullables) from what a browser's date, datetime-local
/// and time fields send: ISO 8601 with Gregorian years, read with the invariant culture whatever the page's language.
/// Without it a Thai request reads "2027-12-31" in the Buddhist Era (1484 CE).
/// </summary>
public sealed class IsoDateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly)
            ? new IsoDateModelBinder(type) : null;
    }
}

public sealed class IsoDateModelBinder(Type type) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // An empty field is "no value" for a nullable; for a non-nullable the required-value message applies.
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType) bindingContext.Result = ModelBindingResult.Success(null);
            else bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(result.ToString()));
            return Task.CompletedTask;
        }
        if (IsoDates.TryParse(type, text, out var value)) bindingContext.Result = ModelBindingResult.Success(value);
        else bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        return Task.CompletedTask;
    }
}
