using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enbek.Application;
using Enbek.Application.Setup;
using Enbek.Data;
using Enbek.Data.Identity;
using Enbek.Data.Scope;
using Enbek.Domain.Access;
using Enbek.Web;
using Enbek.Web.Areas.Registry.Controllers;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using Enbek.Web.Printing;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var setupMode = args.Contains("setup", StringComparer.OrdinalIgnoreCase);

// Logging: readable in Development, compact JSON elsewhere; never passwords, tokens or full IINs.
builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
    if (builder.Environment.IsDevelopment())
    {
        logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
    }
    else
    {
        logger.WriteTo.Console(new CompactJsonFormatter());
    }
});

var businessDate = configuration["Enbek:BusinessDate"] is { Length: > 0 } date
    ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
    : (DateOnly?)null;
var clock = new BusinessTimeProvider(businessDate);
builder.Services.AddSingleton<TimeProvider>(clock);

var portalConnection = configuration.GetConnectionString("Portal")
    ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set.");
var ownerConnection = configuration.GetConnectionString("Owner");

if (setupMode)
{
    using var setupHost = builder.Build();
    var dataFolder = DatabaseSetup.FindDataFolder(configuration["Enbek:DataFolder"]);
    await DatabaseSetup.RunAsync(
        ownerConnection ?? throw new InvalidOperationException("ConnectionStrings:Owner is needed for set-up."),
        dataFolder, clock, withDemoData: configuration.GetValue("Enbek:DemoData", true));
    Console.WriteLine($"Database is up to date; reference data from {dataFolder}");
    Console.WriteLine("Demo accounts (password: " + DemoData.Password + "):");
    foreach (var account in DemoData.Accounts)
    {
        Console.WriteLine($"  {account.UserName,-22} {string.Join(", ", account.Roles)}");
    }

    return;
}

// Persistence: the portal role, with the signed-in user's scope set on every opened connection.
// Contexts are pooled (their set-up is a large share of a short page's work); each one handed out
// acts for the current request's user.
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<ICurrentActor, HttpContextActor>();
builder.Services.AddPooledDbContextFactory<EnbekDbContext>(options =>
    EnbekDatabase.ConfigureScoped(options, portalConnection));
builder.Services.AddScoped(services =>
{
    var context = services.GetRequiredService<IDbContextFactory<EnbekDbContext>>().CreateDbContext();
    context.Actor = services.GetRequiredService<ICurrentActor>();
    return context;
});
builder.Services.AddEnbekApplication();

// Accounts.
builder.Services
    .AddIdentity<ApplicationUser, ApplicationRole>(options =>
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    })
    .AddEntityFrameworkStores<EnbekDbContext>()
    .AddClaimsPrincipalFactory<PortalClaimsFactory>()
    .AddDefaultTokenProviders();
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
builder.Services.AddScoped<SecurityStampValidator<ApplicationUser>>();
builder.Services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, DueSecurityStampValidator>());
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.Name = "enbek.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;

    // A signed-in user refused by a policy gets 403 and the localised error page, not a redirect.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});
builder.Services.AddDataProtection().SetApplicationName("Enbek").PersistKeysToDbContext<EnbekDbContext>();
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "enbek.af";
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddSingleton<LoginThrottle>();
builder.Services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
builder.Services.Configure<PrintOptions>(configuration.GetSection(PrintOptions.Section));
builder.Services.AddSingleton<PdfPrinter>();
builder.Services.AddScoped<PrintedDocuments>();
builder.Services.AddSingleton<ImportFileStore>();
builder.Services.AddSingleton<PersonImportLayout>();
builder.Services.AddScoped<PersonImportReader>();
builder.Services.AddScoped<PersonImportFiles>();

builder.Services.AddAuthorization(options =>
{
    foreach (var action in Enum.GetValues<PortalAction>())
    {
        options.AddPolicy(action.ToString(), policy => policy.RequireAuthenticatedUser().AddRequirements(new PortalActionRequirement(action)));
    }

    options.FallbackPolicy = options.DefaultPolicy;
});

// Languages and views.
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.DefaultRequestCulture = new RequestCulture(PortalCultures.Default);
    options.SupportedCultures = PortalCultures.All;
    options.SupportedUICultures = PortalCultures.All;
    options.RequestCultureProviders = [new CookieRequestCultureProvider()];
});
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services
    .AddControllersWithViews(options =>
    {
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        options.Filters.Add<NotFoundExceptionFilter>();

        // Forms are validated by FluentValidation only, in the reader's language: no implicit
        // English "field is required" for non-nullable strings.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddSingleton<CookieTempDataProvider>();
builder.Services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, SparingCookieTempDataProvider>());
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalisedBindingMessages>();

builder.Services.AddHealthChecks().AddNpgSql(portalConnection, name: "database", tags: ["ready"]);

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
{
    diagnostics.Set("UserName", http.User.Identity?.Name ?? "anonymous");
    diagnostics.Set("OrganisationId", http.User.OrganisationId());
    diagnostics.Set("Roles", string.Join(",", http.User.PortalRoles()));
    diagnostics.Set("RequestId", http.TraceIdentifier);
});
app.UseAuthorization();
app.UseMiddleware<MustChangePasswordMiddleware>();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();

/// <summary>Entry point; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program
{
}
