using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>What the new and edit pages share: the course's facts.</summary>
public abstract class CourseFormPageModel : PageModel
{
    [BindProperty] public CourseInput Input { get; set; } = new();

    protected void AddErrors(Dictionary<string, string[]> errors, string prefix)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                ModelState.AddModelError(field == "id" || field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }
}
