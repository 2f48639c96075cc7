namespace LearningCity.Common.Api;

public static class RequestForms
{
    /// <summary>
    /// Reads the form of an endpoint that takes it by hand (a multipart file or another body type). A form that cannot be read
    /// (no boundary, cut short) is the caller's fault: it becomes the same bad request the framework raises for bound forms.
    /// </summary>
    public static async Task<IFormCollection> ReadFormOrRefuseAsync(this HttpRequest request, CancellationToken ct)
    {
        try { return await request.ReadFormAsync(ct); }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException && !ct.IsCancellationRequested)
        {
            throw new BadHttpRequestException("The request form cannot be read.", StatusCodes.Status400BadRequest, e);
        }
    }
}
