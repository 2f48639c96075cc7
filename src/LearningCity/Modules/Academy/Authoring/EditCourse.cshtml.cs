using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Catalogue;
using LearningCity.Modules.Academy.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>
/// A course's authoring page: its facts, and its structure (modules and lessons added, moved up or down, removed).
/// Each structure change is one post that comes back to this page; nothing reaches learners before the next publish.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditCourseModel(CourseAuthoring authoring, FileStore files, JsonStringLocalizer l) : CourseFormPageModel
{
    public Course Course { get; private set; } = null!;
    public IReadOnlyList<CourseModule> Modules { get; private set; } = [];
    /// <summary>The module whose lesson form has errors, to open it again with what was typed.</summary>
    public int? LessonFormModuleId { get; private set; }
    public ModuleInput NewModule { get; private set; } = new();
    public LessonInput NewLesson { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = CourseInput.From<CourseInput>(Course);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        var save = await authoring.UpdateAsync(Course, Input, null, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors, nameof(Input));
            return Page();
        }
        return Back(id, "Academy.Flash.Saved");
    }

    public async Task<IActionResult> OnPostAddModuleAsync(int id, [FromForm(Name = "Module")] ModuleInput? module, CancellationToken ct)
    {
        if (await StructureAsync(id, ct) is { } denied) return denied;
        NewModule = module ?? new ModuleInput();
        NewModule.Normalize();
        var errors = RequestValidation.Validate(NewModule, l);
        if (errors.Count > 0) return Invalid(errors, "Module");
        return Answer(await authoring.AddModuleAsync(Course, NewModule, ct), id, "Module");
    }

    public async Task<IActionResult> OnPostRemoveModuleAsync(int id, int moduleId, CancellationToken ct) =>
        await StructureAsync(id, ct) ?? Answer(await authoring.RemoveModuleAsync(Course, moduleId, ct), id, "Module");

    public async Task<IActionResult> OnPostMoveModuleAsync(int id, int moduleId, int step, CancellationToken ct) =>
        await StructureAsync(id, ct) ?? Answer(await authoring.MoveModuleAsync(Course, moduleId, step, ct), id, "Module");

    public async Task<IActionResult> OnPostAddLessonAsync(int id, int moduleId, [FromForm(Name = "Lesson")] LessonInput? lesson, IFormFile? upload, CancellationToken ct)
    {
        if (await StructureAsync(id, ct) is { } denied) return denied;
        NewLesson = lesson ?? new LessonInput();
        LessonFormModuleId = moduleId;
        StoredUpload? stored = null;
        if (upload is not null && CourseChoices.Kind(NewLesson.Kind) == LessonKind.File)
        {
            var (check, name, original) = await files.SaveEvidenceAsync(upload, LessonFile.AllowedExtensions, ct);
            if (check != FileCheck.Ok) return Invalid(new() { ["upload"] = [l[$"Academy.File.{check}"].Value] }, "Lesson");
            stored = new StoredUpload(name!, original!);
        }
        return Answer(await authoring.AddLessonAsync(Course, moduleId, NewLesson, stored, ct), id, "Lesson");
    }

    public async Task<IActionResult> OnPostRemoveLessonAsync(int id, int lessonId, CancellationToken ct) =>
        await StructureAsync(id, ct) ?? Answer(await authoring.RemoveLessonAsync(Course, lessonId, ct), id, "Lesson");

    public async Task<IActionResult> OnPostMoveLessonAsync(int id, int lessonId, int step, CancellationToken ct) =>
        await StructureAsync(id, ct) ?? Answer(await authoring.MoveLessonAsync(Course, lessonId, step, ct), id, "Lesson");

    /// <summary>A structure post: the course's facts in the form are not part of it.</summary>
    private async Task<IActionResult?> StructureAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = CourseInput.From<CourseInput>(Course);
        return null;
    }

    private IActionResult Answer(CourseSave save, int id, string prefix) =>
        save.Errors is not null ? Invalid(save.Errors, prefix) : Back(id, "Academy.Flash.Saved");

    private IActionResult Invalid(Dictionary<string, string[]> errors, string prefix)
    {
        AddErrors(errors, prefix);
        Modules = Course.Modules.OrderBy(m => m.Position).ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private RedirectResult Back(int id, string flash)
    {
        TempData["Flash"] = flash;
        return Redirect($"/academy/courses/{id}/edit#structure");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(User, course)) return NotFound();
        if (!CourseAccess.CanEdit(User, course)) return StatusCode(StatusCodes.Status403Forbidden);
        Course = course;
        Modules = course.Modules.OrderBy(m => m.Position).ToList();
        return null;
    }
}
