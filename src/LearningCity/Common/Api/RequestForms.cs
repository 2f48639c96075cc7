namespace LearningCity.Common.Api;

public static class RequestForms
{
    /// <summary>
    /// Reads the form of an endpoint that takes it by hand (a multipart file or another body type). A form that cannot be read
    /// (no boundary, cut short, over a limit) is the caller's fault: it becomes the same bad request (or 413) the framework raises
    /// for bound forms.
    /// </summary>
    public static async Task<IFormCollection> ReadFormOrRefuseAsync(this HttpRequest request, CancellationToken ct)
    {
        try { return await request.ReadFormAsync(ct); }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException && !ct.IsCancellationRequested)
        {
            // Over one of the form's limits (value length, value count) is too large; anything else is malformed.
            var status = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            throw new BadHttpRequestException("The request form cannot be read.", status, e);
        }
    }
}
