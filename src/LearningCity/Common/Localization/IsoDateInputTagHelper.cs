using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningCity.Common.Localization;

/// <summary>
/// Runs after ASP.NET Core's input tag helper on every <c>&lt;input asp-for&gt;</c> bound to a date or time and writes
/// its value in ISO with Gregorian years and the invariant culture, which is what a browser's date, datetime-local and
/// time fields read, whatever the page's language. What the person sent stays as sent after an error.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IsoDateInputTagHelper : TagHelper
{
    // After InputTagHelper (order 0), which sets the type and the value.
    public override int Order => 100;

    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
        if (type != typeof(DateOnly) && type != typeof(DateTime) && type != typeof(DateTimeOffset) && type != typeof(TimeOnly)) return;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null) return;
        var inputType = output.Attributes["type"]?.Value?.ToString() ?? "";
        var value = IsoValue(For.Model, inputType);
        if (value is null) output.Attributes.RemoveAll("value");
        else output.Attributes.SetAttribute("value", value);
    }

    public static string? IsoValue(object? model, string inputType) => model switch
    {
        null => null,
        DateOnly d => inputType == "datetime-local" ? IsoDates.Local(d.ToDateTime(TimeOnly.MinValue)) : IsoDates.Date(d),
        TimeOnly t => IsoDates.Time(t),
        DateTime dt => inputType switch
        {
            "date" => IsoDates.Date(DateOnly.FromDateTime(dt)),
            "time" => IsoDates.Time(TimeOnly.FromDateTime(dt)),
            _ => IsoDates.Local(dt),
        },
        DateTimeOffset at => inputType switch
        {
            "date" => IsoDates.Date(DateOnly.FromDateTime(at.ToOffset(ThaiTime.Offset).DateTime)),
            "time" => IsoDates.Time(TimeOnly.FromDateTime(at.ToOffset(ThaiTime.Offset).DateTime)),
            _ => IsoDates.Local(at.ToOffset(ThaiTime.Offset).DateTime),
        },
        _ => null,
    };
}
