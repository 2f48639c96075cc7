using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningCity.Common.Localization;

/// <summary>
/// A non-nullable property gets an implicit [Required] whose message is the framework's English "The X field is
/// required." (with the C# property name). Give every such check the localized message instead, so no English
/// sentence reaches a Thai page.
/// </summary>
internal sealed class ImplicitRequiredMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (string.IsNullOrEmpty(required.ErrorMessage) && required.ErrorMessageResourceType is null && string.IsNullOrEmpty(required.ErrorMessageResourceName))
                required.ErrorMessage = "Validation.RequiredField";
        }
    }
}
