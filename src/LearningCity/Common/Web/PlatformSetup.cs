using System.Threading.RateLimiting;
using LearningCity.Common.Api;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Email;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace LearningCity.Common.Web;

/// <summary>Cross-cutting services and middleware every module relies on.</summary>
public static class PlatformSetup
{
    public const string AuthRateLimit = "auth";

    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        SiteAddress.CheckSetting(builder.Configuration, builder.Environment);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        // Thai text goes into pages as characters, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.AddAppData();
        builder.AddProxyAndCookies();

        var localizer = new JsonStringLocalizer();
        services.AddSingleton(localizer);
        services.AddSingleton<IStringLocalizer>(localizer);
        services.AddSingleton<IStringLocalizerFactory>(localizer);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Thai).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
            o.RequestCultureProviders =
            [
                new LanguageNameCultureProvider(new QueryStringRequestCultureProvider()),
                new ApiAcceptLanguageProvider(),
                new LanguageNameCultureProvider(new CookieRequestCultureProvider()),
            ];
        });

        services.AddRazorPages(o => o.RootDirectory = "/Modules")
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(JsonStringLocalizer)))
            .AddMvcOptions(o =>
            {
                ValidationMessages.Configure(o.ModelBindingMessageProvider, localizer);
                // Dates and times from forms and queries are ISO and Gregorian in every language.
                o.ModelBinderProviders.Insert(0, new IsoDateModelBinderProvider());
            });
        // After the data-annotations provider has added the implicit [Required] of non-nullable properties.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelMetadataDetailsProviders.Add(new ImplicitRequiredMessages()));

        services.AddErrorResponses();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Thailand Learning City Platform API";
            doc.Info.Description = "Open API of the Thailand Learning City Platform. Send Accept-Language: en for English messages; Thai is the default.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        var maxBody = builder.Configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 25 * 1024 * 1024;
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxBody);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxBody);

        var authPerMinute = builder.Configuration.GetValue<int?>("RateLimits:AuthPerMinute") ?? 10;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address (the real one behind a trusted proxy), and only for what is sent: reading the log-in,
            // registration or reset pages spends nothing, so nobody can block them for others by loading them.
            // Guesses at one account are slowed down per account and client by the sign-in throttle.
            o.AddPolicy(AuthRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = authPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (ctx, _) => new ValueTask(ErrorResponses.WriteStatusAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests));
        });

        services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        services.AddScoped<EmailOutbox>();
        services.AddScoped<MailTransport>();
        services.AddSingleton<PickupFolder>();
        services.AddHostedService<EmailDispatcher>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<SiteAddress>();
        services.Configure<FileStoreOptions>(builder.Configuration.GetSection("Files"));
        services.AddSingleton<FileStore>();
        services.AddSingleton<StagedUploads>();
    }

    public static void UsePlatform(this WebApplication app)
    {
        // The client's real address and scheme first: rate limits, cookies and logs depend on them.
        app.UseProxyAndCookies();
        // Localization next: error pages and problem titles are written in the caller's language.
        app.UseRequestLocalization();
        app.UseMiddleware<GregorianFormatting>();
        app.UseErrorResponses();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RequestForgeryGuard>();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new()
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
        });
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference", ApiReferencePage.Configure);
        app.MapRazorPages();
        app.MapFiles();
    }
}
