using System.Security.Claims;
using LearningCity.Common.Files;
using LearningCity.Modules.Academy.Authoring;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>A file lesson's document, under the name it was uploaded with, to whoever may view the course.</summary>
internal static class LessonFile
{
    /// <summary>What a lesson file may be, decided by its content: PDF, Word, Excel, PowerPoint, an image or CSV.</summary>
    public static readonly string[] AllowedExtensions = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".csv"];

    public static void MapLessonFile(this WebApplication app) =>
        app.MapGet("/academy/courses/{id:int}/lessons/{lessonId:int}/file", async (int id, int lessonId, ClaimsPrincipal user,
            CourseAuthoring authoring, FileStore files, HttpContext http, CancellationToken ct) =>
        {
            var course = await authoring.FindAsync(id, ct);
            if (course is null || !CourseAccess.CanView(user, course)) return Results.NotFound();
            var lesson = course.Modules.SelectMany(m => m.Lessons).FirstOrDefault(l => l.Id == lessonId);
            if (lesson?.FileName is null || files.FindEvidence(lesson.FileName) is not { } file) return Results.NotFound();
            // Checked on every request: unpublishing the course revokes its files at once, caches included.
            http.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(file.Path, file.ContentType, FileStore.DownloadName(lesson.FileOriginalName, lesson.FileName));
        }).ExcludeFromDescription();
}
