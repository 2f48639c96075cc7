using Microsoft.Extensions.Options;

namespace LearningCity.Common.Files;

public sealed class FileStoreOptions
{
    /// <summary>A folder every app node can read and write (a shared volume in production).</summary>
    public string Root { get; set; } = "data/files";
    public long MaxImageBytes { get; set; } = 2 * 1024 * 1024;
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;
}

public enum FileCheck
{
    Ok,
    Empty,
    TooLarge,
    TypeNotAllowed,
}

/// <summary>
/// Stores uploaded files under random names. The type is decided by the file's first bytes, never by
/// its name or the browser's claim, and only types on the allow-list are kept.
/// </summary>
public sealed class FileStore(IOptions<FileStoreOptions> options, IWebHostEnvironment env)
{
    private static readonly (string Extension, string ContentType, byte[] Magic)[] Images =
    [
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".gif", "image/gif", "GIF8"u8.ToArray()),
    ];

    private string Root => Path.IsPathRooted(options.Value.Root) ? options.Value.Root : Path.Combine(env.ContentRootPath, options.Value.Root);

    public async Task<(FileCheck Check, string? Name)> SaveImageAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (FileCheck.Empty, null);
        if (file.Length > options.Value.MaxImageBytes) return (FileCheck.TooLarge, null);
        var header = new byte[16];
        await using var input = file.OpenReadStream();
        var read = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var match = Images.FirstOrDefault(i => read >= i.Magic.Length && header.AsSpan(0, i.Magic.Length).SequenceEqual(i.Magic));
        if (match.Extension is null && !IsWebP(header, read)) return (FileCheck.TypeNotAllowed, null);
        var extension = match.Extension ?? ".webp";
        var name = $"{Guid.NewGuid():N}{extension}";
        Directory.CreateDirectory(Root);
        input.Position = 0;
        await using var output = File.Create(Path.Combine(Root, name));
        await input.CopyToAsync(output, ct);
        return (FileCheck.Ok, name);
    }

    /// <summary>
    /// Stores a document (PDF, PNG, JPEG, DOCX/XLSX/PPTX, UTF-8 text or CSV) decided by its content, privately: only
    /// the endpoint of the item it belongs to serves it, and only while the caller may see that item (a draft's or a
    /// removed item's file is not reachable by its name). The original name only chooses between .txt and .csv for text.
    /// </summary>
    public Task<(FileCheck Check, string? Name)> SaveDocumentAsync(IFormFile file, CancellationToken ct) =>
        SaveDocumentAsync(file, null, ct);

    /// <summary>As above, keeping only the given types (extensions such as ".pdf"), still decided by content.</summary>
    public async Task<(FileCheck Check, string? Name)> SaveDocumentAsync(IFormFile file, IReadOnlyCollection<string>? allowedExtensions, CancellationToken ct)
    {
        if (file.Length == 0) return (FileCheck.Empty, null);
        if (file.Length > options.Value.MaxDocumentBytes) return (FileCheck.TooLarge, null);
        using var buffer = new MemoryStream();
        await using (var input = file.OpenReadStream()) await input.CopyToAsync(buffer, ct);
        var extension = DocumentTypes.ExtensionOf(buffer, Path.GetExtension(file.FileName));
        if (extension is null || allowedExtensions?.Contains(extension) == false) return (FileCheck.TypeNotAllowed, null);
        var name = $"{Guid.NewGuid():N}{extension}";
        Directory.CreateDirectory(PrivateRoot);
        buffer.Position = 0;
        await using var output = File.Create(Path.Combine(PrivateRoot, name));
        await buffer.CopyToAsync(output, ct);
        return (FileCheck.Ok, name);
    }

    /// <summary>Evidence is kept apart from the public files (<c>/files/{name}</c>).</summary>
    private string PrivateRoot => Path.Combine(Root, "private");

    /// <summary>
    /// Stores an evidence file, privately: <c>/files/{name}</c> never serves it, only the endpoint of the module it belongs
    /// to, which checks who asks (<see cref="FindEvidence"/>). Of the given types (e.g. ".pdf", ".png"), decided by content:
    /// a document, or else an image (GIF and WebP are only images). Returns the stored name and the uploader's file name (at most 200 characters).
    /// </summary>
    public async Task<(FileCheck Check, string? Name, string? Original)> SaveEvidenceAsync(IFormFile file, IReadOnlyCollection<string> allowedExtensions, CancellationToken ct)
    {
        var (check, name) = await SaveDocumentAsync(file, allowedExtensions, ct);
        if (check == FileCheck.TypeNotAllowed)
        {
            (check, name) = await SaveImageAsync(file, ct);
            if (check == FileCheck.Ok && name is not null && !allowedExtensions.Contains(Path.GetExtension(name)))
            {
                if (Find(name) is { } stored) File.Delete(stored.Path);
                (check, name) = (FileCheck.TypeNotAllowed, null);
            }
        }
        if (check != FileCheck.Ok || name is null) return (check, null, null);
        Directory.CreateDirectory(PrivateRoot);
        if (File.Exists(Path.Combine(Root, name))) File.Move(Path.Combine(Root, name), Path.Combine(PrivateRoot, name));
        var original = Path.GetFileName(file.FileName);
        return (FileCheck.Ok, name, original.Length > 200 ? original[..200] : original);
    }

    private static bool IsWebP(byte[] h, int read) =>
        read >= 12 && h.AsSpan(0, 4).SequenceEqual("RIFF"u8) && h.AsSpan(8, 4).SequenceEqual("WEBP"u8);

    /// <summary>
    /// A public file: what <c>/files/{name}</c> serves. Only images (logos, badge images, activity photos) are public;
    /// a document stored among them before documents were kept private is not served here, only by its item's endpoint.
    /// </summary>
    public (string Path, string ContentType)? Find(string name) =>
        Images.Any(i => name.EndsWith(i.Extension, StringComparison.Ordinal)) || name.EndsWith(".webp", StringComparison.Ordinal) ? Find(name, Root) : null;

    /// <summary>
    /// A private file (evidence, a resource's or a research item's document), for the module endpoint that checked who
    /// asks; one stored before these were kept apart is found among the public files.
    /// </summary>
    public (string Path, string ContentType)? FindEvidence(string name) => Find(name, PrivateRoot) ?? Find(name, Root);

    /// <summary>
    /// The name a download is saved under: the uploader's name with the extension of the type found in the content, so
    /// that an image uploaded as <c>x.html</c> is saved as <c>x.png</c> and never opens as a page.
    /// </summary>
    public static string DownloadName(string? original, string storedName)
    {
        var stem = string.IsNullOrWhiteSpace(original) ? "" : Path.GetFileNameWithoutExtension(Path.GetFileName(original.Trim()));
        stem = new string(stem.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return (stem.Length == 0 ? Path.GetFileNameWithoutExtension(storedName) : stem) + Path.GetExtension(storedName);
    }

    private static (string Path, string ContentType)? Find(string name, string folder)
    {
        // Names are ours (a GUID and a known extension); anything else is not a stored file.
        if (name.Length > 40 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '.'))) return null;
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) return null;
        var contentType = Path.GetExtension(name) switch
        {
            ".png" => "image/png",
            ".jpg" => "image/jpeg",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            _ when DocumentTypes.ContentTypeOf(Path.GetExtension(name)) is { } type => type,
            _ => "application/octet-stream",
        };
        return (path, contentType);
    }
}

public static class FileEndpoints
{
    public static void MapFiles(this WebApplication app) =>
        app.MapGet("/files/{name}", (string name, FileStore store) =>
            store.Find(name) is { } f ? Results.File(f.Path, f.ContentType) : Results.NotFound())
            .ExcludeFromDescription();
}
