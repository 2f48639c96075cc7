using LearningCity.Common.Api;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>A module with its lessons, as the API sends a course's whole structure.</summary>
public sealed class CourseModuleInput : ModuleInput
{
    public List<LessonInput>? Lessons { get; set; }
}

/// <summary>
/// Turns lesson input into lessons, with what each kind needs: Markdown for a text, a link for a video, a stored
/// upload for a file, a published library resource for a resource link. Errors name the field (for the API with
/// its place in the structure, e.g. <c>modules[0].lessons[1].titleTh</c>).
/// </summary>
public sealed class LessonRules(JsonStringLocalizer l, LibraryResources library)
{
    public sealed record Built(Lesson? Lesson, Dictionary<string, string[]>? Errors);

    public sealed record BuiltModules(List<CourseModule>? Modules, Dictionary<string, string[]>? Errors);

    public async Task<Built> BuildAsync(LessonInput input, StoredUpload? file, CancellationToken ct, string prefix = "")
    {
        input.Normalize();
        var errors = Prefixed(RequestValidation.Validate(input, l), prefix);
        if (errors.Count > 0) return new Built(null, errors);
        var kind = CourseChoices.Kind(input.Kind)!.Value;
        var lesson = new Lesson
        {
            Kind = kind, Title = new BilingualText(input.TitleTh!, input.TitleEn), Body = new BilingualText(input.BodyTh ?? "", input.BodyEn),
        };
        string? missing = null;
        switch (kind)
        {
            case LessonKind.Text when input.BodyTh is null:
                missing = "bodyTh";
                break;
            case LessonKind.Video when input.VideoUrl is null:
                missing = "videoUrl";
                break;
            case LessonKind.Video:
                lesson.VideoUrl = input.VideoUrl;
                break;
            case LessonKind.File when file is null:
                missing = "upload";
                break;
            case LessonKind.File:
                (lesson.FileName, lesson.FileOriginalName) = (file.Name, file.OriginalName.Length > 300 ? file.OriginalName[..300] : file.OriginalName);
                break;
            case LessonKind.ResourceLink when input.ResourceId is not { } resourceId:
                missing = "resourceId";
                break;
            case LessonKind.ResourceLink:
                if (!(await library.PublishedAsync([input.ResourceId.Value], ct)).ContainsKey(input.ResourceId.Value))
                    return new Built(null, new() { [prefix + "resourceId"] = [l["Academy.Error.UnknownResource"].Value] });
                lesson.ResourceId = input.ResourceId;
                break;
        }
        if (missing is not null)
            return new Built(null, new() { [prefix + missing] = [l[$"Academy.Error.Needs.{kind}"].Value] });
        return new Built(lesson, null);
    }

    /// <summary>A whole structure sent through the API; files are uploaded on the pages, so a file lesson is refused here.</summary>
    public async Task<BuiltModules> BuildAsync(IReadOnlyList<CourseModuleInput> modules, CancellationToken ct)
    {
        if (modules.Count > 50) return new BuiltModules(null, new() { ["modules"] = [l["Academy.Error.TooManyModules"].Value] });
        var result = new List<CourseModule>();
        for (var i = 0; i < modules.Count; i++)
        {
            var input = modules[i];
            if (input is null) return new BuiltModules(null, new() { [$"modules[{i}]"] = [l["Validation.InvalidValue"].Value] });
            input.Normalize();
            var errors = Prefixed(RequestValidation.Validate(new ModuleInput { TitleTh = input.TitleTh, TitleEn = input.TitleEn }, l), $"modules[{i}].");
            if (errors.Count > 0) return new BuiltModules(null, errors);
            var module = new CourseModule { Position = i, Title = new BilingualText(input.TitleTh!, input.TitleEn) };
            var lessons = input.Lessons ?? [];
            if (lessons.Count > 100) return new BuiltModules(null, new() { [$"modules[{i}].lessons"] = [l["Academy.Error.TooManyLessons"].Value] });
            for (var j = 0; j < lessons.Count; j++)
            {
                var prefix = $"modules[{i}].lessons[{j}].";
                if (lessons[j] is not { } lessonInput) return new BuiltModules(null, new() { [prefix.TrimEnd('.')] = [l["Validation.InvalidValue"].Value] });
                if (CourseChoices.Kind(lessonInput.Kind) == LessonKind.File)
                    return new BuiltModules(null, new() { [prefix + "kind"] = [l["Academy.Error.FileByApi"].Value] });
                var built = await BuildAsync(lessonInput, null, ct, prefix);
                if (built.Errors is not null) return new BuiltModules(null, built.Errors);
                built.Lesson!.Position = j;
                module.Lessons.Add(built.Lesson);
            }
            result.Add(module);
        }
        return new BuiltModules(result, null);
    }

    private static Dictionary<string, string[]> Prefixed(Dictionary<string, string[]> errors, string prefix) =>
        errors.ToDictionary(e => prefix + e.Key, e => e.Value);
}
