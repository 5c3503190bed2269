using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Core.Files;
using Portal.Core.Mail;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.QrCodes;
using Portal.Core.Security;

namespace Portal.Core.Hosting;

public static class PortalApplicationBuilderExtensions
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>Registers the platform and every module the host lists.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, params IPortalModule[] modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var catalog = new ModuleCatalog(modules);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // Chinese text is written as it is, not as &#x...; entities: pages stay readable and about a third smaller.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddSingleton(catalog);
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton(TimeProvider.System);
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<PortalEvents>();
        services.AddScoped<AdminMenuBuilder>();
        services.AddScoped<IStartupTask, MigrateDatabaseTask>();
        services.AddPortalDatabase(configuration, builder.Environment);
        services.AddPortalMail(configuration, builder.Environment);
        services.AddSingleton(FileStoreRoot.From(configuration, builder.Environment));
        services.AddSingleton<IFileStore, DiskFileStore>();
        services.AddScoped<IStartupTask, OrphanFileSweep>();
        services.AddSingleton<QrCodeCache>();

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        var mvc = services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            ChineseModelBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
        foreach (var assembly in catalog.Assemblies)
        {
            mvc.AddApplicationPart(assembly);
        }

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".Portal.Antiforgery";
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });

        services.AddPortalCaches(configuration);
        services.AddPortalDataProtection();
        services.AddReverseProxy(configuration);
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PortalCaching.PublicPagePolicy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .Tag(PortalCaching.PublicContentTag));
        });

        AddRateLimits(services, configuration);
        AddSecurityHeaders(services, builder.Environment);

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        services.AddPortalHealth(configuration);
        services.AddPortalTelemetry(configuration);
        services.AddReadableJsonConsoleLogs();
        return builder;
    }

    /// <summary>The request pipeline and every module's endpoints.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                // The error page answers 503 and logs a warning when the database is unavailable; not an error per request.
                SuppressDiagnosticsCallback = context => DatabaseUnavailable.Caused(context.Exception),
            });
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese],
            SupportedUICultures = [Chinese],
        });
        app.UseMiddleware<NulInQueryRefusal>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapControllers();
        app.MapPortalHealth();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    /// <summary>Migrates the database and runs the setup tasks, before the first request is served.</summary>
    public static async Task SetupPortalAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        using var scope = app.Services.CreateScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    private static void AddRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(PortalRateLimits.Section).Get<PortalRateLimits>() ?? new PortalRateLimits();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("操作过于频繁，请稍后再试。", cancellationToken);
            };
            options.AddPolicy(PortalRateLimits.LoginPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.Loopback,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
    }

    private static void AddSecurityHeaders(IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy =>
        {
            policy.AddFrameOptionsDeny()
                .AddContentTypeOptionsNoSniff()
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .RemoveServerHeader()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFontSrc().Self();
                    csp.AddObjectSrc().None();
                    csp.AddFrameAncestors().None();
                    csp.AddFormAction().Self();
                    csp.AddBaseUri().Self();
                });
            if (!environment.IsDevelopment())
            {
                policy.AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 365 * 24 * 60 * 60);
            }
        });
    }
}
