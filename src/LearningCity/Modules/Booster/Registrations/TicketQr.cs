using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>The ticket's QR code as an SVG of its own (the content security policy allows no inline script).</summary>
internal static class TicketQr
{
    public static string Svg(string ticketCode)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(ticketCode, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }

    public static void MapTicketQr(this WebApplication app) =>
        app.MapGet("/me/registrations/{id:int}/qr.svg", async (int id, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, CancellationToken ct) =>
        {
            if (!Guid.TryParse(users.GetUserId(user), out var userId)) return Results.Unauthorized();
            var code = await db.Registrations.AsNoTracking().Where(r => r.Id == id && r.UserId == userId).Select(r => r.TicketCode).FirstOrDefaultAsync(ct);
            return code is null ? Results.NotFound() : Results.Text(Svg(code), "image/svg+xml");
        }).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
}
