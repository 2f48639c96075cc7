using LearningCity.Common.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Shared;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string TitleKey => ErrorResponses.TitleKey(Status);
    public string TextKey => TitleKey + ".Text";

    public void OnGet(int? status) => Show(status);
    public void OnPost(int? status) => Show(status);

    private void Show(int? status)
    {
        // Re-executed error requests keep their original status; a direct visit shows the page as asked.
        Status = status is >= 400 and < 600 ? status.Value : 500;
        if (HttpContext.Response.StatusCode < 400) HttpContext.Response.StatusCode = Status;
    }
}
